#include "limber/catalog.h"

#include <algorithm>

namespace limber {

namespace {
template <typename T>
bool allows(const std::vector<T>& allowed, const T& value) {
  return allowed.empty() || std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

template <typename T>
bool anyAllowed(const std::vector<T>& allowed, const std::vector<T>& values) {
  return allowed.empty() ||
         std::any_of(values.begin(), values.end(), [&](const T& value) { return allows(allowed, value); });
}

bool flaggedFor(const std::vector<Condition>& flags, const std::vector<Condition>& avoid) {
  return std::any_of(flags.begin(), flags.end(),
                     [&](Condition flag) { return std::find(avoid.begin(), avoid.end(), flag) != avoid.end(); });
}
}  // namespace

Problems Catalog::add(Pack pack) {
  Problems problems;
  if (findPack(pack.id) != nullptr) {
    problems.push_back(problemAt("id", Issue::PackLoaded, {pack.id}));
  }
  for (std::size_t i = 0; i < pack.exercises.size(); ++i) {
    const Exercise* taken = findExercise(pack.exercises[i].id);
    if (taken != nullptr) {
      problems.push_back(
          problemAt("exercises[" + std::to_string(i) + "].id", Issue::ExerciseTaken, {taken->id, taken->packId}));
    }
  }
  if (!problems.empty()) return problems;
  packs_.push_back(std::move(pack));
  index(packs_.size() - 1);
  return problems;
}

void Catalog::index(std::size_t packIndex) {
  const Pack& pack = packs_[packIndex];
  for (std::size_t i = 0; i < pack.exercises.size(); ++i) {
    exercises_.emplace(pack.exercises[i].id, std::make_pair(packIndex, i));
  }
}

bool Catalog::remove(std::string_view id) {
  const Pack* found = findPack(id);
  if (found == nullptr) return false;
  packs_.erase(packs_.begin() + (found - packs_.data()));
  exercises_.clear();
  for (std::size_t i = 0; i < packs_.size(); ++i) index(i);
  return true;
}

const Pack* Catalog::findPack(std::string_view id) const {
  const auto found = std::find_if(packs_.begin(), packs_.end(), [&](const Pack& pack) { return pack.id == id; });
  return found == packs_.end() ? nullptr : &*found;
}

const Exercise* Catalog::findExercise(std::string_view id) const {
  const auto found = exercises_.find(id);
  if (found == exercises_.end()) return nullptr;
  return &packs_[found->second.first].exercises[found->second.second];
}

std::vector<const Exercise*> Catalog::select(const Filter& filter) const {
  std::vector<const Exercise*> out;
  for (const Pack& pack : packs_) {
    const bool excluded = std::find(filter.excludedPackIds.begin(), filter.excludedPackIds.end(), pack.id) !=
                          filter.excludedPackIds.end();
    if (excluded || !allows(filter.packIds, pack.id) || flaggedFor(pack.conditions, filter.avoid)) continue;
    for (const Exercise& exercise : pack.exercises) {
      const bool anywhere =
          std::find(exercise.places.begin(), exercise.places.end(), Place::Anywhere) != exercise.places.end();
      if (allows(filter.positions, exercise.position) && (anywhere || anyAllowed(filter.places, exercise.places)) &&
          anyAllowed(filter.timesOfDay, exercise.timesOfDay) && !flaggedFor(exercise.conditions, filter.avoid)) {
        out.push_back(&exercise);
      }
    }
  }
  return out;
}

std::vector<std::pair<const Pack*, std::size_t>> Catalog::withheld(const std::vector<Condition>& avoid) const {
  std::vector<std::pair<const Pack*, std::size_t>> out;
  for (const Pack& pack : packs_) {
    const bool whole = flaggedFor(pack.conditions, avoid);
    const auto count = std::count_if(pack.exercises.begin(), pack.exercises.end(),
                                     [&](const Exercise& e) { return whole || flaggedFor(e.conditions, avoid); });
    if (count > 0) out.emplace_back(&pack, static_cast<std::size_t>(count));
  }
  return out;
}

}  // namespace limber
