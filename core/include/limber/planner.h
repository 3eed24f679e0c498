// Plan: the break the core proposes, and the rule that fills a break's length
// with whole exercises in rotation order, keeping left/right pairs together, in
// one position and on one theme, with the cues a guided break shows.
#pragma once

#include <string_view>
#include <vector>

#include "limber/catalog.h"
#include "limber/rotation.h"

namespace limber {

struct PlannedExercise {
  const Exercise* exercise = nullptr;
  int seconds = 0;
  bool switchSides = false;  // the right side, straight after its left
};

// Seconds to get into position before the first exercise.
constexpr int kGetReadySeconds = 5;

struct Plan {
  std::vector<PlannedExercise> items;
  int totalSeconds = 0;
  int getReadySeconds = 0;
};

// A plan that fills targetSeconds to within 20 % whenever the eligible exercises
// allow it. It opens with `first` (the exercise the new tab showed) when that is
// eligible, else with the rotation's first; that opening sets the break's theme
// (its pack, then exercises sharing one of its body areas) and its position (a
// seated break may end standing: at most one change). A left or right exercise
// is always followed or preceded by its partner, left first.
Plan planBreak(const Catalog& catalog, const std::vector<const Exercise*>& eligible, const Rotation& rotation,
               const Preference& preference, int targetSeconds, std::string_view first = {});

}  // namespace limber
