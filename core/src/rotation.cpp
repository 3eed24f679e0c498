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

std::vector<Seen> Rotation::enrolled(const std::vector<const Exercise*>& eligible) const {
  // One search per exercise: this runs on every new tab, over every eligible exercise.
  std::vector<const Seen*> found(eligible.size(), nullptr);
  std::uint32_t floor = std::numeric_limits<std::uint32_t>::max();
  for (std::size_t i = 0; i < eligible.size(); ++i) {
    const auto entry = seen.find(eligible[i]->id);
    if (entry == seen.end()) continue;
    found[i] = &entry->second;
    floor = std::min(floor, entry->second.count);
  }
  if (floor == std::numeric_limits<std::uint32_t>::max()) floor = 0;
  std::vector<Seen> entries;
  entries.reserve(eligible.size());
  for (const Seen* entry : found) entries.push_back(entry != nullptr ? *entry : Seen{floor, 0});
  return entries;
}

void Rotation::enroll(const std::vector<const Exercise*>& eligible) {
  const std::vector<Seen> entries = enrolled(eligible);
  for (std::size_t i = 0; i < eligible.size(); ++i) seen.try_emplace(eligible[i]->id, entries[i]);
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
  const std::vector<Seen> entries = rotation.enrolled(eligible);

  using Key = std::tuple<std::uint32_t, int, std::uint64_t, std::uint64_t, const Exercise*>;
  std::vector<Key> keys;
  keys.reserve(eligible.size());
  for (std::size_t i = 0; i < eligible.size(); ++i) {
    const Exercise* exercise = eligible[i];
    const Seen& seen = entries[i];
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
