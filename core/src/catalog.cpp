#include "limber/catalog.h"

#include <algorithm>
#include <cstdint>

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

// A title as a reader sees it: without invisible characters (zero-width
// spaces and joiners, soft hyphens, direction marks, the byte-order mark), with
// runs of spaces as one and ASCII letters in one case.
std::string asSeen(const std::string& title) {
  std::string out;
  for (std::size_t i = 0; i < title.size();) {
    const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(title[at]); };
    const unsigned char c = byte(i);
    std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + length > title.size()) length = 1;  // the loader refuses broken UTF-8; this stays in bounds anyway
    std::uint32_t point = length == 1 ? c : c & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) point = point << 6 | (byte(i + k) & 0x3F);
    const bool invisible = point == 0xAD || (point >= 0x200B && point <= 0x200F) ||
                           (point >= 0x202A && point <= 0x202E) || (point >= 0x2060 && point <= 0x206F) ||
                           point == 0xFEFF || (point >= 0xFE00 && point <= 0xFE0F);
    const bool space = c == ' ' || c == '\t' || point == 0xA0;
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else if (!invisible) {
      out += title.substr(i, length);
      if (length == 1 && c >= 'A' && c <= 'Z') out.back() = static_cast<char>(c - 'A' + 'a');
    }
    i += length;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
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
  const std::string seen = asSeen(pack.title);
  for (const Pack& other : packs_) {
    if (other.id != pack.id && asSeen(other.title) == seen) {
      problems.push_back(problemAt("title", Issue::TitleTaken, {other.title, other.id}));
    }
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
          anyAllowed(filter.timesOfDay, exercise.timesOfDay) && !flaggedFor(exercise.conditions, filter.avoid) &&
          filter.micro.value_or(exercise.micro) == exercise.micro) {
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
