#include "limber/rotation.h"

#include <algorithm>

namespace limber {

std::uint64_t Rotation::seenAt(std::string_view exerciseId) const {
  const auto found = lastSeen.find(exerciseId);
  return found == lastSeen.end() ? 0 : found->second;
}

std::vector<const Exercise*> rotationOrder(const std::vector<const Exercise*>& eligible,
                                           const Rotation& rotation) {
  std::vector<const Exercise*> order = eligible;
  std::stable_sort(order.begin(), order.end(), [&](const Exercise* a, const Exercise* b) {
    return rotation.seenAt(a->id) < rotation.seenAt(b->id);
  });
  return order;
}

const Exercise* nextExercise(const std::vector<const Exercise*>& eligible, const Rotation& rotation) {
  const auto order = rotationOrder(eligible, rotation);
  return order.empty() ? nullptr : order.front();
}

}  // namespace limber
