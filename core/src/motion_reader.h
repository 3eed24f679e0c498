// Internal: reads and checks an exercise's "motion" (limber/motion.h) with the
// pack's other fields, reporting every problem by its JSON path.
#pragma once

#include <optional>

#include "json_reader.h"
#include "limber/motion.h"

namespace limber {

// The motion under parent's "motion" key, or nullopt when there is none or it has
// problems (each reported).
std::optional<Motion> readMotion(ObjectReader& parent);

}  // namespace limber
