// Problem: one thing wrong with some input, named by its JSON path, so that a
// pack author or a corrupt storage value can be fixed without guessing.
#pragma once

#include <string>
#include <vector>

namespace limber {

struct Problem {
  std::string path;     // e.g. "exercises[3].seconds"; "(top level)" for the whole document
  std::string message;  // e.g. "expected a positive whole number of seconds, got \"thirty\""

  // "packs/x.json: exercises[3].seconds: expected ..."
  std::string describe(const std::string& source) const;
};

using Problems = std::vector<Problem>;

}  // namespace limber
