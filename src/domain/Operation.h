#pragma once

// What a service call does, for the role map (AccessPolicy).
enum class Operation {
    ViewEmployees,
    ManageEmployees,
    ViewMealRequests,
    CreateMealRequest,
    DecideMealRequest,
    ViewReports,
    ManageAccounts,
    ManageTokens,
    ManageOrigins,
    ViewAuditLog,
};
