#include "limber/pack_loader.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "pack_fixtures.h"

using fixtures::exercise;
using fixtures::json;
using limber::loadPack;

namespace {

bool hasProblem(const limber::Problems& problems, const std::string& path, const std::string& fragment) {
  return std::any_of(problems.begin(), problems.end(), [&](const limber::Problem& p) {
    return p.path == path && p.describe().find(fragment) != std::string::npos;
  });
}

std::string listed(const limber::Problems& problems) {
  std::string out;
  for (const auto& p : problems) out += p.describe("pack") + "\n";
  return out;
}

TEST(PackLoader, ReadsTheLowerBackTensionReleasePackInSeedOrder) {
  const auto load = loadPack(fixtures::readFile("packs/lower-back-tension-release.json"));
  ASSERT_TRUE(load.pack) << listed(load.problems);
  const limber::Pack& pack = *load.pack;
  EXPECT_EQ(pack.title, "Lower Back Tension Release");
  const std::vector<std::string> names = {"Bent Left Leg Foot Reach",
                                          "Bent Right Leg Foot Reach",
                                          "Forward Leans",
                                          "Left Arm Across Leg Pull",
                                          "Left Arm Under Leg Pull",
                                          "Left Elbow To Right Knee",
                                          "Left Foot Pull",
                                          "Leg Hugs",
                                          "Right Arm Across Leg Pull",
                                          "Right Arm Under Leg Pull",
                                          "Right Elbow To Left Knee",
                                          "Right Foot Pull",
                                          "Side To Side Bends",
                                          "Under Legs Left Arm Reach",
                                          "Under Legs Right Arm Reach"};
  ASSERT_EQ(pack.exercises.size(), names.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    const limber::Exercise& e = pack.exercises[i];
    EXPECT_EQ(e.name, names[i]);
    EXPECT_EQ(e.position, limber::Position::Sitting);
    EXPECT_EQ(e.places, std::vector<limber::Place>{limber::Place::Desk}) << e.id;
    EXPECT_EQ(e.timesOfDay, std::vector<limber::TimeOfDay>{limber::TimeOfDay::Mid}) << e.id;
    EXPECT_GE(e.steps.size(), 2u);
    EXPECT_LE(e.steps.size(), 5u);
    EXPECT_GT(e.seconds, 0);
    const bool leftOrRight = names[i].find("Left") != std::string::npos || names[i].find("Right") != std::string::npos;
    EXPECT_EQ(leftOrRight, !e.partner.empty()) << e.id;
  }
  EXPECT_FALSE(pack.whenToUse.empty());
  EXPECT_FALSE(pack.whyItHappens.empty());
  EXPECT_FALSE(pack.skipIf.empty());
  EXPECT_EQ(pack.whoItIsFor.size(), 3u);
  EXPECT_EQ(pack.faq.size(), 5u);
}

TEST(PackLoader, ReportsEveryProblemWithItsPath) {
  json broken = fixtures::pack("broken", json::array({exercise("a"), exercise("b"), exercise("c"), exercise("d")}));
  broken["exercises"][3]["seconds"] = "thirty";
  broken["exercises"][1].erase("name");
  broken["exercises"][2]["side"] = "up";
  broken["title"] = 7;
  broken["positions"] = json::array({"sitting", "lying"});
  const auto load = loadPack(broken.dump());

  EXPECT_FALSE(load.pack);
  EXPECT_EQ(load.problems.size(), 5u) << listed(load.problems);
  EXPECT_TRUE(hasProblem(load.problems, "exercises[3].seconds",
                         "expected a whole number of seconds from 5 to 600, got \"thirty\""))
      << listed(load.problems);
  EXPECT_TRUE(hasProblem(load.problems, "exercises[1].name", "missing")) << listed(load.problems);
  EXPECT_TRUE(hasProblem(load.problems, "exercises[2].side", "got \"up\"")) << listed(load.problems);
  EXPECT_TRUE(hasProblem(load.problems, "title", "expected text")) << listed(load.problems);
  EXPECT_TRUE(hasProblem(load.problems, "positions[1]", "got \"lying\"")) << listed(load.problems);
}

TEST(PackLoader, DescribesAProblemWithTheFileName) {
  const limber::Problem problem{"exercises[3].seconds",
                                limber::Issue::Wrong,
                                limber::expect(limber::Expected::Seconds, 5, 600),
                                {limber::Found::Value, {"\"thirty\""}},
                                {}};
  EXPECT_EQ(problem.describe("packs/x.json"),
            "packs/x.json: exercises[3].seconds: expected a whole number of seconds from 5 to 600, got \"thirty\"");
  const limber::Problem names{"position",
                              limber::Issue::Wrong,
                              limber::expectNames<limber::Position>(limber::Expected::OneOf),
                              {limber::Found::Value, {"\"lying\""}},
                              {}};
  EXPECT_EQ(names.describe(), "position: expected one of \"sitting\", \"standing\", or \"floor\", got \"lying\"");
}

TEST(PackLoader, ChecksIdsAndPartners) {
  const json exercises = json::array({exercise("same"), exercise("same"), exercise("lefty", "left", "nobody"),
                                      exercise("l2", "left", "r2"), exercise("r2", "right", "other"),
                                      exercise("solo", "both", "l2"), exercise("lonely", "right")});
  const auto load = loadPack(fixtures::pack("links", exercises).dump());
  EXPECT_TRUE(hasProblem(load.problems, "exercises[1].id", "already the id of exercises[0]")) << listed(load.problems);
  EXPECT_TRUE(hasProblem(load.problems, "exercises[2].partner", "\"nobody\" is not the id")) << listed(load.problems);
  EXPECT_TRUE(
      hasProblem(load.problems, "exercises[3].partner", "must be the \"right\" exercise whose partner is \"l2\""))
      << listed(load.problems);
  EXPECT_TRUE(hasProblem(load.problems, "exercises[5].partner", "only \"left\" and \"right\""))
      << listed(load.problems);
  EXPECT_TRUE(hasProblem(load.problems, "exercises[6].partner", "missing")) << listed(load.problems);
}

TEST(PackLoader, RefusesUnsafeDemoAddresses) {
  json exercises = json::array({exercise("a"), exercise("b"), exercise("c"), exercise("d")});
  exercises[0]["demo"] = {{"video", "javascript:alert(1)"}};
  exercises[1]["demo"] = {{"remoteUrl", "data:text/html,<script>alert(1)</script>"}};
  exercises[2]["demo"] = {{"video", "../../secret.webm"}, {"poster", "/etc/passwd.png"}};
  exercises[3]["demo"] = {
      {"video", "videos/d.webm"}, {"poster", "videos/d.png"}, {"remoteUrl", "https://example.org/d.mp4"}};
  const auto load = loadPack(fixtures::pack("urls", exercises).dump());
  EXPECT_EQ(load.problems.size(), 4u) << listed(load.problems);
  EXPECT_TRUE(hasProblem(load.problems, "exercises[0].demo.video", "packaged")) << listed(load.problems);
  EXPECT_TRUE(hasProblem(load.problems, "exercises[1].demo.remoteUrl", "https://")) << listed(load.problems);
  EXPECT_TRUE(hasProblem(load.problems, "exercises[2].demo.video", "packaged")) << listed(load.problems);
  EXPECT_TRUE(hasProblem(load.problems, "exercises[2].demo.poster", "packaged")) << listed(load.problems);
}

TEST(PackLoader, RefusesTextThatIsNotAPack) {
  EXPECT_TRUE(hasProblem(loadPack("{\"id\": ").problems, "", "is not JSON from line 1"));
  EXPECT_TRUE(hasProblem(loadPack("[1, 2]").problems, "", "expected an object, got a list of 2 items"));
  EXPECT_TRUE(hasProblem(loadPack(std::string(limber::kMaxPackBytes + 1, ' ')).problems, "", "at most"));
}

TEST(PackLoader, ASyntaxErrorNamesTheLineAndColumnWhereItStarts) {
  // The comma after "x" is missing: the next token, at line 3, column 3, cannot follow.
  const auto load = loadPack("{\n  \"id\": \"x\"\n  \"title\": \"y\"\n}");
  ASSERT_EQ(load.problems.size(), 1u);
  EXPECT_EQ(load.problems[0].issue, limber::Issue::NotJsonAt);
  EXPECT_EQ(load.problems[0].args, (std::vector<std::string>{"3", "3"}));
  EXPECT_EQ(loadPack("{\"title\": \"Müde Schultern\" ]").problems[0].args, (std::vector<std::string>{"1", "28"}))
      << "columns count characters, not bytes";
  EXPECT_EQ(loadPack("{\"id\": tru }").problems[0].args, (std::vector<std::string>{"1", "8"})) << "a bare word";
  EXPECT_EQ(loadPack("{\"id\": ").problems[0].args, (std::vector<std::string>{"1", "8"})) << "just past the end";
}

TEST(PackLoader, AUsersOwnPackNeedsOnlyAnIdATitleAndExercisesWithNameStepsAndSeconds) {
  const std::string text = R"({"id": "mine", "title": "Mine", "exercises": [
    {"name": "Roll", "steps": ["Roll the shoulders."], "seconds": 30},
    {"name": "Look away", "steps": ["Look far.", "Blink."], "seconds": 20, "cautions": []}]})";
  EXPECT_FALSE(loadPack(text).pack) << "a packaged pack must say it all";
  const auto load = loadPack(text, "en", true);
  ASSERT_TRUE(load.pack) << listed(load.problems);
  EXPECT_EQ(load.filled,
            (std::vector<std::string>{"schemaVersion", "summary", "whenToUse", "whyItHappens", "about", "skipIf",
                                      "whoItIsFor", "positions", "places", "timesOfDay", "exercises[].id",
                                      "exercises[].position", "exercises[].side", "exercises[].bodyAreas",
                                      "exercises[].intensity", "exercises[].cautions"}));
  const limber::Pack& pack = *load.pack;
  EXPECT_EQ(pack.exercises[0].id, "mine-1");
  EXPECT_EQ(pack.exercises[1].id, "mine-2");
  EXPECT_EQ(pack.positions, std::vector<limber::Position>{limber::Position::Sitting});
  EXPECT_EQ(pack.exercises[1].places, std::vector<limber::Place>{limber::Place::Anywhere});
  EXPECT_EQ(pack.exercises[0].side, limber::Side::None);
  EXPECT_EQ(pack.timesOfDay.size(), limber::Names<limber::TimeOfDay>::list.size());
  // What it does say is still checked.
  const auto wrong =
      loadPack(R"({"id": "mine", "title": "Mine", "exercises": [{"name": "Roll", "seconds": 3}]})", "en", true);
  EXPECT_TRUE(hasProblem(wrong.problems, "exercises[0].steps", "missing")) << listed(wrong.problems);
  EXPECT_TRUE(hasProblem(wrong.problems, "exercises[0].seconds", "5 to 600")) << listed(wrong.problems);
}

TEST(PackLoader, NamesMisspelledFieldsAndOversizeText) {
  json pack = fixtures::pack("typos", json::array({exercise("a")}));
  pack["exercises"][0]["secs"] = 30;
  pack["summary"] = std::string(401, 'x');
  const auto load = loadPack(pack.dump());
  EXPECT_TRUE(hasProblem(load.problems, "exercises[0].secs", "not a field")) << listed(load.problems);
  EXPECT_TRUE(hasProblem(load.problems, "summary", "got 401 characters")) << listed(load.problems);
}

TEST(PackLoader, ExercisePositionMustBeAmongThePacks) {
  json pack = fixtures::pack("positions", json::array({exercise("a", "both", "", 30, "floor")}));
  pack["positions"] = json::array({"sitting"});
  EXPECT_TRUE(hasProblem(loadPack(pack.dump()).problems, "exercises[0].position", "not among the pack's positions"));
}

TEST(PackLoader, ReadsTextInTheAskedLanguageAndFallsBackToEnglish) {
  json e = exercise("a");
  e["name"] = {{"en", "Neck Turns"}, {"de", "Kopfdrehen"}};
  e["steps"] = {{{"en", "Turn your head left."}, {"de", "Drehe den Kopf nach links."}}, "Then turn it right."};
  json pack = fixtures::pack("languages", json::array({e}));
  pack["title"] = {{"en", "Neck"}, {"de", "Nacken"}, {"pt-br", "Pescoço"}};

  const auto german = loadPack(pack.dump(), "de");
  ASSERT_TRUE(german.pack) << listed(german.problems);
  EXPECT_EQ(german.pack->title, "Nacken");
  EXPECT_EQ(german.pack->exercises[0].name, "Kopfdrehen");
  EXPECT_EQ(german.pack->exercises[0].steps,
            (std::vector<std::string>{"Drehe den Kopf nach links.", "Then turn it right."}));
  EXPECT_EQ(german.pack->summary, "A pack for tests.");  // given in one language only

  EXPECT_EQ(loadPack(pack.dump(), "de-at").pack->title, "Nacken");  // the base language
  EXPECT_EQ(loadPack(pack.dump(), "pt-br").pack->title, "Pescoço");
  EXPECT_EQ(loadPack(pack.dump(), "fr").pack->title, "Neck");  // none: English
  EXPECT_EQ(loadPack(pack.dump()).pack->exercises[0].name, "Neck Turns");
}

TEST(PackLoader, NamesEveryWrongTranslation) {
  json e = exercise("a");
  e["name"] = {{"de", "Kopfdrehen"}};                            // no English
  e["cautions"] = {{{"en", "Go slowly."}, {"DE", "Langsam."}}};  // not a language tag
  json pack = fixtures::pack("languages", json::array({e}));
  pack["title"] = {{"en", "Neck"}, {"de", ""}};  // empty
  pack["summary"] = {{"en", 42}};
  const auto load = loadPack(pack.dump(), "de");
  EXPECT_FALSE(load.pack);
  EXPECT_TRUE(hasProblem(load.problems, "exercises[0].name.en", "missing; expected the English text"))
      << listed(load.problems);
  EXPECT_TRUE(hasProblem(load.problems, "exercises[0].cautions[0].DE", "language tag")) << listed(load.problems);
  EXPECT_TRUE(hasProblem(load.problems, "title.de", "text of 1 to 80")) << listed(load.problems);
  EXPECT_TRUE(hasProblem(load.problems, "summary.en", "got 42")) << listed(load.problems);
  // Fields that are not text shown to a person take no translations.
  pack = fixtures::pack("languages", json::array({exercise("a")}));
  pack["exercises"][0]["demo"] = {{"video", {{"en", "videos/a.webm"}}}};
  EXPECT_TRUE(hasProblem(loadPack(pack.dump()).problems, "exercises[0].demo.video", "expected text"));
}

}  // namespace
