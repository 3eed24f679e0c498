#include "limber/rotation.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace limber {

namespace {
// FNV-1a: stable across compilers and the wasm build, unlike std::hash.
std::uint64_t mix(std::uint32_t seed, std::uint32_t count, std::string_view id) {
  std::uint64_t hash = 1469598103934665603ULL;
  const auto add = [&](unsigned char byte) {
    hash ^= byte;
    hash *= 1099511628211ULL;
  };
  for (int shift = 0; shift < 32; shift += 8) add(static_cast<unsigned char>(seed >> shift));
  for (int shift = 0; shift < 32; shift += 8) add(static_cast<unsigned char>(count >> shift));
  for (char c : id) add(static_cast<unsigned char>(c));
  return hash;
}

int scoreOf(const Exercise& exercise, const Preference& preference) {
  const bool focus = std::any_of(exercise.bodyAreas.begin(), exercise.bodyAreas.end(), [&](BodyArea area) {
    return std::find(preference.focusAreas.begin(), preference.focusAreas.end(), area) != preference.focusAreas.end();
  });
  const bool timely = std::find(exercise.timesOfDay.begin(), exercise.timesOfDay.end(), preference.timeOfDay) !=
                      exercise.timesOfDay.end();
  return (focus ? 2 : 0) + (timely ? 1 : 0);
}
}  // namespace

void Rotation::markSeen(const std::string& exerciseId) {
  // Both stay within what readRotation takes back (a count under 2^31, a clock up to 2^52).
  Seen& entry = seen[exerciseId];
  if (entry.count < (1U << 31) - 1) entry.count += 1;
  if (clock < (1ULL << 52)) ++clock;
  entry.at = clock;
}

std::uint32_t Rotation::enrollmentFloor(const std::vector<const Exercise*>& eligible) const {
  std::uint32_t floor = std::numeric_limits<std::uint32_t>::max();
  for (const Exercise* exercise : eligible) {
    const auto found = seen.find(exercise->id);
    if (found != seen.end()) floor = std::min(floor, found->second.count);
  }
  return floor == std::numeric_limits<std::uint32_t>::max() ? 0 : floor;
}

Seen Rotation::enrolled(const std::string& exerciseId, std::uint32_t floor) const {
  const auto found = seen.find(exerciseId);
  return found != seen.end() ? found->second : Seen{floor, 0};
}

void Rotation::enroll(const std::vector<const Exercise*>& eligible) {
  const std::uint32_t floor = enrollmentFloor(eligible);
  for (const Exercise* exercise : eligible) seen.try_emplace(exercise->id, Seen{floor, 0});
}

std::string Rotation::lastSeen() const {
  const auto latest = std::max_element(seen.begin(), seen.end(),
                                       [](const auto& a, const auto& b) { return a.second.at < b.second.at; });
  return latest == seen.end() || latest->second.at == 0 ? std::string() : latest->first;
}

TimeOfDay timeOfDayAt(int minuteOfDay) {
  if (minuteOfDay < 11 * 60) return TimeOfDay::Morning;
  if (minuteOfDay < 17 * 60) return TimeOfDay::Mid;
  return TimeOfDay::Evening;
}

std::vector<const Exercise*> rotationOrder(const std::vector<const Exercise*>& eligible, const Rotation& rotation,
                                           const Preference& preference) {
  // As enroll() would have it, without copying the rotation: this runs on every new tab.
  const std::uint32_t floor = rotation.enrollmentFloor(eligible);

  using Key = std::tuple<std::uint32_t, int, std::uint64_t, std::uint64_t, const Exercise*>;
  std::vector<Key> keys;
  keys.reserve(eligible.size());
  for (const Exercise* exercise : eligible) {
    const Seen seen = rotation.enrolled(exercise->id, floor);
    keys.emplace_back(seen.count, -scoreOf(*exercise, preference), seen.at,
                      mix(preference.seed, seen.count, exercise->id), exercise);
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) < std::get<0>(b);
    if (std::get<1>(a) != std::get<1>(b)) return std::get<1>(a) < std::get<1>(b);
    if (std::get<2>(a) != std::get<2>(b)) return std::get<2>(a) < std::get<2>(b);
    if (std::get<3>(a) != std::get<3>(b)) return std::get<3>(a) < std::get<3>(b);
    return std::get<4>(a)->id < std::get<4>(b)->id;
  });
  std::vector<const Exercise*> order;
  order.reserve(keys.size());
  for (const Key& key : keys) order.push_back(std::get<4>(key));

  const std::string last = rotation.lastSeen();
  if (order.size() > 1 && order.front()->id == last) std::rotate(order.begin(), order.begin() + 1, order.begin() + 2);
  return order;
}

const Exercise* nextExercise(const std::vector<const Exercise*>& eligible, const Rotation& rotation,
                             const Preference& preference) {
  const auto order = rotationOrder(eligible, rotation, preference);
  return order.empty() ? nullptr : order.front();
}

}  // namespace limber
