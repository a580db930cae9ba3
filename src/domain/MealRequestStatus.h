#pragma once

#include <QString>

#include <optional>

// meal_request_status rows: the ids are fixed by the schema and shared with the web backend.
enum class MealRequestStatus { Pending = 1, Approved = 2, Rejected = 3, OnProgress = 4 };

// The English name, as in meal_request_status.name_en.
QString mealRequestStatusName(MealRequestStatus status);
// nullopt for an id that names no status.
std::optional<MealRequestStatus> mealRequestStatusFromId(int id);

// DOMAIN.md's moves: On Progress -> Pending (submit), Pending -> Approved | Rejected.
bool canMoveMealRequest(MealRequestStatus from, MealRequestStatus to);
// Approved and Rejected: nothing moves a request out of them.
bool isFinalMealRequestStatus(MealRequestStatus status);
// Pending: its lines may be accepted, rejected and annotated, and the request deleted.
bool isOpenMealRequestStatus(MealRequestStatus status);
// A request is copied once it has left Pending (or before it got there: a draft).
bool canCopyMealRequest(MealRequestStatus status);
