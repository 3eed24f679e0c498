// Reads a pack from JSON text and checks all of it: every problem found is
// reported with its JSON path, not only the first one.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "limber/pack.h"
#include "limber/problem.h"

namespace limber {

struct PackLoad {
  std::optional<Pack> pack;  // set only when there are no problems
  Problems problems;
  std::vector<std::string> filled;  // a user's own pack: the fields left out and filled ("exercises[].side")
};

// The largest pack text accepted; anything bigger is refused before parsing.
constexpr std::size_t kMaxPackBytes = 512 * 1024;

// Text a pack gives in several languages is read in language ("de", "pt-br"),
// falling back to its base language and then to English. A user's own pack
// (own) needs only an id, a title and exercises with a name, steps and seconds:
// what else it leaves out gets a default, listed in filled.
PackLoad loadPack(std::string_view jsonText, const std::string& language = "en", bool own = false);

}  // namespace limber
