// English words for the core's problems, for the limber command and the tests:
// the messages of extension/_locales/en/messages.json, built in, so that every
// sentence is written once and the wasm module carries none (the extension words
// problems itself, in the user's language). Native builds only.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "limber/problem.h"

namespace limber {

// "packs/x.json: exercises[3].seconds: expected ..., got ..." for a problem as
// the engine's answers give it ({"path", "code", "expected"?, "found"?, "args"?}).
std::string describeProblem(const nlohmann::json& problem, const std::string& source = "");

// The message a code is worded by: ("expected", "local-text") -> "expectedLocalText".
std::string messageKey(const std::string& prefix, std::string_view code);

// The English message with that key, $1... filled in; "[key]" when there is none.
std::string englishMessage(const std::string& key, const std::vector<std::string>& substitutions = {});

}  // namespace limber
