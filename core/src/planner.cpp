#include "limber/planner.h"

#include <algorithm>

namespace limber {

namespace {
// An exercise on its own, or a left/right pair in the order they run.
using Unit = std::vector<const Exercise*>;

bool contains(const std::vector<const Exercise*>& list, const Exercise* exercise) {
  return std::find(list.begin(), list.end(), exercise) != list.end();
}

// The unit an exercise belongs to, or an empty unit when its partner is not eligible.
Unit unitOf(const Catalog& catalog, const std::vector<const Exercise*>& eligible, const Exercise* exercise) {
  if (exercise->side != Side::Left && exercise->side != Side::Right) return {exercise};
  const Exercise* partner = catalog.findExercise(exercise->partner);
  if (partner == nullptr || !contains(eligible, partner)) return {};
  return exercise->side == Side::Left ? Unit{exercise, partner} : Unit{partner, exercise};
}

int secondsOf(const Unit& unit) {
  int total = 0;
  for (const Exercise* exercise : unit) total += exercise->seconds;
  return total;
}
}  // namespace

Plan planBreak(const Catalog& catalog, const std::vector<const Exercise*>& eligible, const Rotation& rotation,
               const Preference& preference, int targetSeconds, std::string_view first) {
  std::vector<const Exercise*> order = rotationOrder(eligible, rotation, preference);
  const auto lead = std::find_if(order.begin(), order.end(), [&](const Exercise* e) { return e->id == first; });
  if (lead != order.end()) std::rotate(order.begin(), lead, lead + 1);

  const int ceiling = targetSeconds + targetSeconds / 5;
  Plan plan;
  std::vector<const Exercise*> used;
  for (const Exercise* exercise : order) {
    if (plan.totalSeconds >= targetSeconds) break;
    if (contains(used, exercise)) continue;
    const Unit unit = unitOf(catalog, eligible, exercise);
    if (unit.empty()) continue;
    // The first unit always goes in, so that a break is never empty.
    if (!plan.items.empty() && plan.totalSeconds + secondsOf(unit) > ceiling) continue;
    for (const Exercise* member : unit) {
      plan.items.push_back({member, member->seconds});
      plan.totalSeconds += member->seconds;
      used.push_back(member);
    }
  }
  return plan;
}

}  // namespace limber
