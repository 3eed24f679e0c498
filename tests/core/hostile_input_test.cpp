// Input made to break things: nesting 100,000 levels deep, a 10 MB pack, HTML in
// every text field. Each is refused with a clear message or read as plain text,
// without a crash, and the engine keeps working.
#include <gtest/gtest.h>

#include "limber/engine.h"
#include "limber/pack_loader.h"
#include "pack_fixtures.h"

using fixtures::json;

namespace {

const std::string kDeep = std::string(100000, '[') + std::string(100000, ']');

TEST(HostileInput, NestingAHundredThousandLevelsDeepIsRefusedWithoutACrash) {
  const auto load = limber::loadPack("{\"title\": " + kDeep + "}");
  EXPECT_FALSE(load.pack);
  EXPECT_FALSE(load.problems.empty());
  EXPECT_FALSE(limber::loadPack(kDeep).pack);

  limber::Engine engine;
  EXPECT_NE(engine.settings("{\"breakSeconds\": " + kDeep + "}").find("settings.breakSeconds"), std::string::npos);
  const json imported = json::parse(engine.importData(
      json{{"text", kDeep}, {"history", json::array()}, {"now", {{"utc", 1}, {"offset", 0}}}}.dump()));
  EXPECT_TRUE(imported.contains("error"));
  const json next = json::parse(engine.next("{\"rotation\": " + kDeep + "}"));
  ASSERT_EQ(next["problems"].size(), 1u);
  EXPECT_EQ(limber::describeProblem(next["problems"][0]), "rotation: expected an object, got a list of 1 item");
}

TEST(HostileInput, ATenMegabytePackIsRefusedBeforeItIsRead) {
  const std::string huge = "{\"title\": \"" + std::string(10 * 1024 * 1024, 'x') + "\"}";
  const auto load = limber::loadPack(huge);
  ASSERT_EQ(load.problems.size(), 1u);
  EXPECT_EQ(load.problems[0].path, "");
  EXPECT_EQ(load.problems[0].describe(), "expected a pack of at most 512 KB, got 10240.1 KB");
}

TEST(HostileInput, HtmlInEveryTextFieldIsKeptAsPlainText) {
  const std::string script = "<script>alert(1)</script><img src=x onerror=alert(2)>";
  json pack = fixtures::pack("html", json::array({fixtures::exercise("e")}));
  for (const char* field : {"title", "summary", "whenToUse", "whyItHappens", "about"}) pack[field] = script;
  pack["skipIf"] = {script};
  pack["exercises"][0]["name"] = script;
  pack["exercises"][0]["steps"] = {script, script};
  pack["exercises"][0]["cautions"] = {script};
  limber::Engine engine;
  const json added = json::parse(engine.addPack(pack.dump()));
  ASSERT_FALSE(added.contains("error")) << added.dump();
  const json read = json::parse(engine.pack("html"));
  EXPECT_EQ(read["pack"]["title"], script);
  EXPECT_EQ(read["pack"]["exercises"][0]["steps"][1], script);
}

TEST(HostileInput, InvalidUtf8IsReportedNotPassedOn) {
  json pack = fixtures::pack("bytes", json::array({fixtures::exercise("e")}));
  std::string text = pack.dump();
  text.replace(text.find("Pack bytes"), 4, "\xff\xfe\xfd\xfc");
  limber::Engine engine;
  const json added = json::parse(engine.addPack(text));
  EXPECT_TRUE(added.contains("error"));
}

}  // namespace
