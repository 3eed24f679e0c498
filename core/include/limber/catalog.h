// Catalog: every pack that loaded, with exercises found by id across packs and
// selected by what the user allows (positions, places, times, conditions).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "limber/pack.h"
#include "limber/problem.h"

namespace limber {

// What an exercise must match to be offered; an empty list allows everything.
struct Filter {
  std::vector<std::string> packIds;
  std::vector<std::string> excludedPackIds;  // packs the user turned off
  std::vector<Position> positions;
  std::vector<Place> places;  // an exercise for "anywhere" matches every place
  std::vector<TimeOfDay> timesOfDay;
  std::vector<Condition> avoid;  // never allows an exercise or pack flagged for one of these
  std::optional<bool> micro;     // only micro-break exercises (true), none of them (false), or either
};

class Catalog {
 public:
  // Adds the pack unless its id, or one of its exercise ids, is taken already.
  Problems add(Pack pack);
  // Takes a pack out again (one the shell could not keep); false when no pack has the id.
  bool remove(std::string_view id);

  const std::vector<Pack>& packs() const { return packs_; }
  const Pack* findPack(std::string_view id) const;
  const Exercise* findExercise(std::string_view id) const;

  // The exercises the filter allows, packs in load order, exercises in pack order.
  std::vector<const Exercise*> select(const Filter& filter) const;

  // How many exercises of each pack the conditions withhold (packs in load order,
  // those with none left out), whatever else the user allows.
  std::vector<std::pair<const Pack*, std::size_t>> withheld(const std::vector<Condition>& avoid) const;

 private:
  void index(std::size_t packIndex);  // enters a pack's exercises in exercises_

  std::vector<Pack> packs_;
  std::map<std::string, std::pair<std::size_t, std::size_t>, std::less<>> exercises_;  // id -> (pack, index)
};

}  // namespace limber
