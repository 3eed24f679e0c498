// Replays tests/scenarios/*.json natively: every engine call must give, byte for
// byte, the answer recorded there. tests/node/scenarios.test.mjs replays the same
// files in wasm, so the two builds answer identically.
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <map>

#include "limber/engine.h"
#include "pack_fixtures.h"

using fixtures::json;

namespace {

std::vector<std::string> scenarioFiles() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(LIMBER_SOURCE_DIR) + "/tests/scenarios")) {
    if (entry.path().extension() == ".json") files.push_back(entry.path().filename().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

class Scenario : public testing::TestWithParam<std::string> {};

TEST_P(Scenario, NativeAnswersMatchTheRecordedOnes) {
  const json scenario = json::parse(fixtures::readFile("tests/scenarios/" + GetParam()), nullptr, false);
  ASSERT_TRUE(scenario.is_object());
  limber::Engine engine;
  for (const auto& file : scenario["packs"]) {
    const std::string name = file.get<std::string>();
    ASSERT_EQ(engine.addPack(fixtures::readFile("packs/" + name)).find("\"error\""), std::string::npos);
  }
  using Call = std::string (limber::Engine::*)(const std::string&) const;
  const std::map<std::string, Call> calls = {{"next", &limber::Engine::next},
                                             {"plan", &limber::Engine::plan},
                                             {"finishBreak", &limber::Engine::finishBreak},
                                             {"schedule", &limber::Engine::schedule},
                                             {"snooze", &limber::Engine::snooze},
                                             {"skip", &limber::Engine::skip},
                                             {"idle", &limber::Engine::idle},
                                             {"stats", &limber::Engine::stats}};
  const json& steps = scenario["steps"];
  ASSERT_FALSE(steps.empty());
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const json& step = steps[i];
    const std::string name = step["call"].get<std::string>();
    std::string answer;
    if (name == "loadHistory") {
      answer = engine.loadHistory(step["request"].dump());
    } else {
      const auto call = calls.find(name);
      ASSERT_NE(call, calls.end()) << name;
      answer = (engine.*(call->second))(step["request"].dump());
    }
    ASSERT_EQ(answer, step["answer"].dump()) << GetParam() << " step " << i << " (" << name << ")";
  }
}

INSTANTIATE_TEST_SUITE_P(Files, Scenario, testing::ValuesIn(scenarioFiles()),
                         [](const testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param.substr(0, info.param.size() - 5);
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
