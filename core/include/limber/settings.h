// Settings: what the user chose on the options page, versioned. Reading never
// fails: a field that is missing or wrong falls back to its default, and each
// wrong field is reported so the options page can say so.
#pragma once

#include <string_view>
#include <vector>

#include "limber/catalog.h"
#include "limber/problem.h"
#include "limber/vocabulary.h"

namespace limber {

constexpr int kSettingsVersion = 1;

struct Settings {
  int breakSeconds = 120;  // how long a guided break runs
  std::vector<Position> positions{Position::Sitting, Position::Standing, Position::Floor};
  std::vector<Condition> avoid;  // exercises and packs flagged for these are never offered
};

struct SettingsRead {
  Settings settings;
  Problems problems;  // fields that fell back to their defaults, and why
};

SettingsRead readSettings(std::string_view jsonText);

// The filter a user's settings put on the catalog.
Filter filterFor(const Settings& settings);

}  // namespace limber
