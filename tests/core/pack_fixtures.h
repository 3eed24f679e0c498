// Small valid packs built in code, so each test changes only what it is about.
#pragma once

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "limber/problem_words.h"

namespace fixtures {

using nlohmann::json;

// The problems a refused call answers with, in English, one a line.
inline std::string refusal(const json& answer, const std::string& source = "") {
  std::string out;
  for (const json& problem : answer.value("error", json::array())) {
    out += (out.empty() ? "" : "\n") + limber::describeProblem(problem, source);
  }
  return out;
}

inline json exercise(const std::string& id, const std::string& side = "both", const std::string& partner = "",
                     int seconds = 30, const std::string& position = "sitting") {
  json e = {{"id", id},
            {"name", "Exercise " + id},
            {"steps", {"Do the first thing.", "Do the second thing."}},
            {"seconds", seconds},
            {"position", position},
            {"side", side},
            {"bodyAreas", {"lower-back"}},
            {"intensity", "gentle"},
            {"cautions", {"Stop if it hurts."}}};
  if (!partner.empty()) e["partner"] = partner;
  return e;
}

inline json pack(const std::string& id, json exercises) {
  return {{"schemaVersion", 1},
          {"id", id},
          {"title", "Pack " + id},
          {"summary", "A pack for tests."},
          {"whenToUse", "When testing."},
          {"whyItHappens", "Because tests need packs."},
          {"about", "About this pack."},
          {"skipIf", {"Never skip it."}},
          {"whoItIsFor", {{{"goal", "Testing"}, {"reason", "It is small."}}}},
          {"positions", {"sitting", "standing", "floor"}},
          {"places", {"desk"}},
          {"timesOfDay", {"mid"}},
          {"exercises", exercises}};
}

inline std::string readFile(const std::string& relativePath) {
  std::ifstream in(std::string(LIMBER_SOURCE_DIR) + "/" + relativePath, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace fixtures
