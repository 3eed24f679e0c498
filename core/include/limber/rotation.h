// Rotation: when each exercise was last seen, so that the next one offered is the
// one seen least recently and nothing repeats before every eligible one has come up.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "limber/pack.h"

namespace limber {

struct Rotation {
  std::uint64_t clock = 0;  // advances by one each time an exercise is seen
  std::map<std::string, std::uint64_t, std::less<>> lastSeen;

  void markSeen(const std::string& exerciseId) { lastSeen[exerciseId] = ++clock; }
  std::uint64_t seenAt(std::string_view exerciseId) const;  // 0: never seen
};

// The eligible exercises, least recently seen first; ties keep catalog order.
std::vector<const Exercise*> rotationOrder(const std::vector<const Exercise*>& eligible,
                                           const Rotation& rotation);

// The exercise a new tab shows next, or nullptr when nothing is eligible.
const Exercise* nextExercise(const std::vector<const Exercise*>& eligible, const Rotation& rotation);

}  // namespace limber
