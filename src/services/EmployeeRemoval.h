#pragma once

// What deleting an employee did: an employee named on a meal request line is kept (the line
// refers to it) and deactivated instead.
enum class EmployeeRemoval { Deleted, Deactivated };
