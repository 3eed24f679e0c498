// Reads a pack from JSON text and checks all of it: every problem found is
// reported with its JSON path, not only the first one.
#pragma once

#include <optional>
#include <string_view>

#include "limber/pack.h"
#include "limber/problem.h"

namespace limber {

struct PackLoad {
  std::optional<Pack> pack;  // set only when there are no problems
  Problems problems;
};

// The largest pack text accepted; anything bigger is refused before parsing.
constexpr std::size_t kMaxPackBytes = 512 * 1024;

PackLoad loadPack(std::string_view jsonText);

}  // namespace limber
