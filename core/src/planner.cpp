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

bool sharesArea(const Exercise& a, const Exercise& b) {
  return std::any_of(a.bodyAreas.begin(), a.bodyAreas.end(), [&](BodyArea area) {
    return std::find(b.bodyAreas.begin(), b.bodyAreas.end(), area) != b.bodyAreas.end();
  });
}
}  // namespace

Plan planBreak(const Catalog& catalog, const std::vector<const Exercise*>& eligible, const Rotation& rotation,
               const Preference& preference, int targetSeconds, std::string_view first) {
  std::vector<const Exercise*> order = rotationOrder(eligible, rotation, preference);
  const auto lead = std::find_if(order.begin(), order.end(), [&](const Exercise* e) { return e->id == first; });
  if (lead != order.end()) std::rotate(order.begin(), lead, lead + 1);

  // The rotation's first exercise that can run sets the break's position and theme.
  Unit opening;
  for (const Exercise* exercise : order) {
    if (!(opening = unitOf(catalog, eligible, exercise)).empty()) break;
  }
  Plan plan;
  if (opening.empty()) return plan;
  const Exercise& leader = *opening.front();
  const bool sitting = leader.position == Position::Sitting;

  // Four passes in rotation order, each wider than the last: the leader's pack, then
  // anything sharing one of its body areas, in its position; then, when it is seated,
  // the same two standing. The standing ones run after the seated ones: at most one
  // change of position.
  const int ceiling = targetSeconds + targetSeconds / 5;
  std::vector<const Exercise*> used;
  const auto add = [&](const Unit& unit) {
    for (const Exercise* member : unit) {
      plan.items.push_back({member, member->seconds, member->side == Side::Right && unit.size() == 2});
      plan.totalSeconds += member->seconds;
      used.push_back(member);
    }
  };
  add(opening);
  for (int pass = 0; pass < (sitting ? 4 : 2); ++pass) {
    const Position position = pass < 2 ? leader.position : Position::Standing;
    for (const Exercise* exercise : order) {
      if (plan.totalSeconds >= targetSeconds) break;
      if (contains(used, exercise) || exercise->position != position) continue;
      if (pass % 2 == 0 ? exercise->packId != leader.packId : !sharesArea(*exercise, leader)) continue;
      const Unit unit = unitOf(catalog, eligible, exercise);
      if (!unit.empty() && plan.totalSeconds + secondsOf(unit) <= ceiling) add(unit);
    }
  }
  plan.getReadySeconds = kGetReadySeconds;
  return plan;
}

}  // namespace limber
