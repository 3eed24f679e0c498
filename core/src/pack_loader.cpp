#include "limber/pack_loader.h"

#include <algorithm>
#include <map>

#include "json_reader.h"
#ifdef LIMBER_READS_MOTION
#include "motion_reader.h"
#endif
#include "limber/demands.h"

namespace limber {

namespace {

// Limits that keep a pack readable on a new tab and refuse oversize input.
constexpr std::size_t kNameChars = 80;
constexpr std::size_t kSentenceChars = 400;
constexpr std::size_t kParagraphChars = 4000;
constexpr std::size_t kUrlChars = 500;
constexpr std::size_t kMaxExercises = 60;

// A user's own pack may leave out what a packaged one must say: each field left
// out is filled with a default and its path kept, so the user is told.
struct Gaps {
  std::vector<std::string>* filled = nullptr;  // null: a packaged pack, every field required

  Need need(ObjectReader& reader, std::string_view key) const {
    if (filled == nullptr || reader.member(key, Need::Optional) != nullptr) return Need::Required;
    const std::string path = reader.pathOf(key);
    // One exercise's gap stands for the same gap in the others: "exercises[].id".
    const std::size_t open = path.find('[');
    const std::string seen = open == std::string::npos ? path : path.substr(0, open + 1) + path.substr(path.find(']'));
    if (std::find(filled->begin(), filled->end(), seen) == filled->end()) filled->push_back(seen);
    return Need::Optional;
  }
  std::size_t least(std::size_t packaged) const { return filled == nullptr ? packaged : 0; }
};

bool endsWithAny(std::string_view text, std::initializer_list<std::string_view> endings) {
  return std::any_of(endings.begin(), endings.end(), [&](std::string_view end) {
    return text.size() > end.size() && text.substr(text.size() - end.size()) == end;
  });
}

// A file inside the extension: relative, no "..", only plain path characters.
bool isPackagedPath(std::string_view path, std::initializer_list<std::string_view> endings) {
  if (path.empty() || path.size() > 200 || path.front() == '/' || path.find("..") != std::string_view::npos ||
      path.find("//") != std::string_view::npos) {
    return false;
  }
  const bool plain = std::all_of(path.begin(), path.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '/';
  });
  return plain && endsWithAny(path, endings);
}

bool isHttpsUrl(std::string_view url) {
  constexpr std::string_view scheme = "https://";
  if (url.size() <= scheme.size() + 3 || url.size() > kUrlChars || url.substr(0, scheme.size()) != scheme) {
    return false;
  }
  return std::none_of(url.begin(), url.end(), [](char c) {
    return static_cast<unsigned char>(c) <= 0x20 || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\';
  });
}

Demo readDemo(ObjectReader& parent, std::string_view key) {
  Demo demo;
  const json* value = parent.member(key, Need::Optional);
  if (value == nullptr) return demo;
  ObjectReader reader(*value, parent.pathOf(key), parent.problems(), {"video", "poster", "remoteUrl"});
  demo.video = reader.text("video", Need::Optional, 200);
  if (!demo.video.empty() && !isPackagedPath(demo.video, {".webm", ".mp4"})) {
    reader.wrong(reader.pathOf("video"), expect(Expected::VideoPath), json(demo.video));
    demo.video.clear();
  }
  demo.poster = reader.text("poster", Need::Optional, 200);
  if (!demo.poster.empty() && !isPackagedPath(demo.poster, {".png", ".jpg", ".webp", ".svg"})) {
    reader.wrong(reader.pathOf("poster"), expect(Expected::PosterPath), json(demo.poster));
    demo.poster.clear();
  }
  demo.remoteUrl = reader.text("remoteUrl", Need::Optional, kUrlChars);
  if (!demo.remoteUrl.empty() && !isHttpsUrl(demo.remoteUrl)) {
    reader.wrong(reader.pathOf("remoteUrl"), expect(Expected::HttpsUrl), json(demo.remoteUrl));
    demo.remoteUrl.clear();
  }
  return demo;
}

std::vector<Goal> readGoals(ObjectReader& parent, const std::string& language, const Gaps& gaps) {
  std::vector<Goal> goals;
  const json* value = parent.member("whoItIsFor", gaps.need(parent, "whoItIsFor"), expect(Expected::Goals, 8));
  if (value == nullptr) return goals;
  if (!value->is_array() || value->size() < gaps.least(1) || value->size() > 8) {
    parent.wrong(parent.pathOf("whoItIsFor"), expect(Expected::Goals, 8), *value);
    return goals;
  }
  for (std::size_t i = 0; i < value->size(); ++i) {
    ObjectReader reader((*value)[i], itemPath(parent.pathOf("whoItIsFor"), i), parent.problems(), {"goal", "reason"});
    Goal goal{reader.localText("goal", Need::Required, kNameChars, language),
              reader.localText("reason", Need::Required, kSentenceChars, language)};
    if (reader.isObject()) goals.push_back(std::move(goal));
  }
  return goals;
}

std::vector<Question> readFaq(ObjectReader& parent, const std::string& language) {
  std::vector<Question> faq;
  const json* value = parent.member("faq", Need::Optional);
  if (value == nullptr) return faq;
  if (!value->is_array() || value->size() > 20) {
    parent.wrong(parent.pathOf("faq"), expect(Expected::Faq, 20), *value);
    return faq;
  }
  for (std::size_t i = 0; i < value->size(); ++i) {
    ObjectReader reader((*value)[i], itemPath(parent.pathOf("faq"), i), parent.problems(), {"question", "answer"});
    Question question{reader.localText("question", Need::Required, 200, language),
                      reader.localText("answer", Need::Required, kParagraphChars, language)};
    if (reader.isObject()) faq.push_back(std::move(question));
  }
  return faq;
}

// sideKnown is false when the side could not be read, so that partner checks,
// which would only repeat that problem, are left out.
Exercise readExercise(const json& value, const std::string& path, Problems& problems, const Pack& pack,
                      const std::string& language, bool& sideKnown, const Gaps& gaps, std::size_t index) {
  ObjectReader reader(
      value, path, problems,
      {"id", "name", "steps", "seconds", "reps", "position", "side", "partner", "bodyAreas", "intensity", "demands",
       "demo", "motion", "cautions", "conditions", "places", "timesOfDay", "micro"});
  Exercise exercise;
  exercise.packId = pack.id;
  const Need idNeed = gaps.need(reader, "id");
  exercise.id = reader.slug("id", idNeed);
  if (idNeed == Need::Optional && reader.isObject()) exercise.id = pack.id + "-" + std::to_string(index + 1);
  exercise.name = reader.localText("name", Need::Required, kNameChars, language);
  exercise.steps = reader.localTexts("steps", Need::Required, gaps.least(1) + 1, 5, kSentenceChars, language);
  exercise.seconds =
      static_cast<int>(reader.wholeNumber("seconds", Need::Required, 5, 600, Expected::Seconds).value_or(0));
  exercise.reps = static_cast<int>(reader.wholeNumber("reps", Need::Optional, 1, 100, Expected::Reps).value_or(0));
  const Need positionNeed = gaps.need(reader, "position");
  const std::optional<Position> position = reader.choice<Position>("position", positionNeed);
  exercise.position = position.value_or(pack.positions.empty() ? Position::Sitting : pack.positions.front());
  const Need sideNeed = gaps.need(reader, "side");
  const std::optional<Side> side = reader.choice<Side>("side", sideNeed);
  exercise.side = side.value_or(Side::None);
  sideKnown = side.has_value() || sideNeed == Need::Optional;
  exercise.partner = reader.slug("partner", Need::Optional);
  exercise.bodyAreas = reader.choices<BodyArea>("bodyAreas", gaps.need(reader, "bodyAreas"), gaps.least(1));
  exercise.intensity =
      reader.choice<Intensity>("intensity", gaps.need(reader, "intensity")).value_or(Intensity::Gentle);
  exercise.demands = reader.choices<Demand>("demands", Need::Optional, 0);
  exercise.demo = readDemo(reader, "demo");
#ifdef LIMBER_READS_MOTION
  readMotion(reader);  // checked here; the demo renderer reads it with loadMotions
#endif
  exercise.cautions =
      reader.localTexts("cautions", gaps.need(reader, "cautions"), gaps.least(1), 5, kSentenceChars, language);
  exercise.conditions = conditionsFor(exercise.demands, reader.choices<Condition>("conditions", Need::Optional, 0));
  exercise.places = reader.choices<Place>("places", Need::Optional, 1);
  exercise.timesOfDay = reader.choices<TimeOfDay>("timesOfDay", Need::Optional, 1);
  exercise.micro = reader.flag("micro", Need::Optional).value_or(false);

  if (!reader.isObject() || !sideKnown) return exercise;
  // A micro-break is 20 seconds the user takes where they are, without a mat or a second side.
  if (exercise.micro && (exercise.position == Position::Floor || exercise.side == Side::Left ||
                         exercise.side == Side::Right || exercise.seconds > 60)) {
    reader.report(reader.pathOf("micro"), Issue::MicroNotQuick);
  }
  const bool sided = exercise.side == Side::Left || exercise.side == Side::Right;
  if (sided && exercise.partner.empty() && reader.member("partner", Need::Optional) == nullptr) {
    reader.report({reader.pathOf("partner"),
                   Issue::Missing,
                   expect(Expected::PartnerId, std::string(nameOf(exercise.side))),
                   {},
                   {}});
  }
  if (!sided && reader.member("partner", Need::Optional) != nullptr) {
    reader.report(reader.pathOf("partner"), Issue::PartnerNotSided);
  }
  if (position && !pack.positions.empty() &&
      std::find(pack.positions.begin(), pack.positions.end(), exercise.position) == pack.positions.end()) {
    reader.report(reader.pathOf("position"), Issue::PositionNotInPack, {std::string(nameOf(exercise.position))});
  }
  for (std::size_t i = 0; i < exercise.places.size(); ++i) {
    if (std::find(pack.places.begin(), pack.places.end(), exercise.places[i]) == pack.places.end()) {
      reader.report(itemPath(reader.pathOf("places"), i), Issue::PlaceNotInPack,
                    {std::string(nameOf(exercise.places[i]))});
    }
  }
  for (std::size_t i = 0; i < exercise.timesOfDay.size(); ++i) {
    if (std::find(pack.timesOfDay.begin(), pack.timesOfDay.end(), exercise.timesOfDay[i]) == pack.timesOfDay.end()) {
      reader.report(itemPath(reader.pathOf("timesOfDay"), i), Issue::TimeNotInPack,
                    {std::string(nameOf(exercise.timesOfDay[i]))});
    }
  }
  if (exercise.places.empty()) exercise.places = pack.places;
  if (exercise.timesOfDay.empty()) exercise.timesOfDay = pack.timesOfDay;
  return exercise;
}

// Ids are unique, and every left/right exercise and its partner name each other.
void checkExerciseLinks(const Pack& pack, const std::vector<char>& sideKnown, Problems& problems) {
  std::map<std::string, std::size_t> indexById;
  for (std::size_t i = 0; i < pack.exercises.size(); ++i) {
    const Exercise& exercise = pack.exercises[i];
    if (exercise.id.empty()) continue;
    const auto [found, inserted] = indexById.emplace(exercise.id, i);
    if (!inserted) {
      problems.push_back(problemAt(itemPath("exercises", i) + ".id", Issue::IdTaken,
                                   {exercise.id, itemPath("exercises", found->second)}));
    }
  }
  for (std::size_t i = 0; i < pack.exercises.size(); ++i) {
    const Exercise& exercise = pack.exercises[i];
    if (exercise.partner.empty() || !sideKnown[i]) continue;
    const std::string path = itemPath("exercises", i) + ".partner";
    const auto found = indexById.find(exercise.partner);
    if (found == indexById.end()) {
      problems.push_back(problemAt(path, Issue::PartnerUnknown, {exercise.partner}));
      continue;
    }
    if (!sideKnown[found->second]) continue;
    const Exercise& partner = pack.exercises[found->second];
    const Side mirror = exercise.side == Side::Left ? Side::Right : Side::Left;
    if (found->second == i) {
      problems.push_back(problemAt(path, Issue::PartnerSelf));
    } else if (partner.side != mirror || partner.partner != exercise.id) {
      problems.push_back(
          problemAt(path, Issue::PartnerMismatch, {exercise.partner, std::string(nameOf(mirror)), exercise.id}));
    }
  }
}

}  // namespace

PackLoad loadPack(std::string_view jsonText, const std::string& language, bool own) {
  PackLoad result;
  Problems& problems = result.problems;
  if (jsonText.size() > kMaxPackBytes) {
    problems.push_back({"",
                        Issue::Wrong,
                        expect(Expected::PackSize, kMaxPackBytes / 1024),
                        sizeFound(Found::Kilobytes, jsonText.size(), 1024),
                        {}});
    return result;
  }
  std::size_t stop = 0;
  const json document = parseJson(jsonText, &stop);
  if (document.is_discarded()) {
    const TextPlace place = placeOf(jsonText, stop);
    problems.push_back(problemAt("", Issue::NotJsonAt, {std::to_string(place.line), std::to_string(place.column)}));
    return result;
  }

  ObjectReader reader(
      document, "", problems,
      {"$schema", "schemaVersion", "id", "title", "summary", "whenToUse", "whyItHappens", "about", "skipIf", "redFlags",
       "conditions", "whoItIsFor", "faq", "positions", "places", "timesOfDay", "demo", "exercises"});
  if (!reader.isObject()) return result;
  const Gaps gaps{own ? &result.filled : nullptr};
  reader.wholeNumber("schemaVersion", gaps.need(reader, "schemaVersion"), 1, 1, expect(Expected::Version, 1));
  Pack pack;
  pack.id = reader.slug("id", Need::Required);
  pack.title = reader.localText("title", Need::Required, kNameChars, language);
  pack.summary = reader.localText("summary", gaps.need(reader, "summary"), kSentenceChars, language);
  pack.whenToUse = reader.localText("whenToUse", gaps.need(reader, "whenToUse"), kParagraphChars, language);
  pack.whyItHappens = reader.localText("whyItHappens", gaps.need(reader, "whyItHappens"), kParagraphChars, language);
  pack.about = reader.localText("about", gaps.need(reader, "about"), kParagraphChars, language);
  pack.skipIf = reader.localTexts("skipIf", gaps.need(reader, "skipIf"), gaps.least(1), 12, kSentenceChars, language);
  pack.redFlags = reader.localTexts("redFlags", Need::Optional, 0, 12, kSentenceChars, language);
  pack.conditions = reader.choices<Condition>("conditions", Need::Optional, 0);
  pack.whoItIsFor = readGoals(reader, language, gaps);
  pack.faq = readFaq(reader, language);
  // Left out of a user's pack: the positions its exercises take (found below),
  // anywhere, and any time of day.
  pack.positions = reader.choices<Position>("positions", gaps.need(reader, "positions"), 1);
  const bool positionsFilled = own && reader.member("positions", Need::Optional) == nullptr;
  pack.places = reader.choices<Place>("places", gaps.need(reader, "places"), 1);
  if (own && reader.member("places", Need::Optional) == nullptr) pack.places = {Place::Anywhere};
  pack.timesOfDay = reader.choices<TimeOfDay>("timesOfDay", gaps.need(reader, "timesOfDay"), 1);
  if (own && reader.member("timesOfDay", Need::Optional) == nullptr) {
    for (std::size_t i = 0; i < Names<TimeOfDay>::list.size(); ++i)
      pack.timesOfDay.push_back(static_cast<TimeOfDay>(i));
  }
  pack.demo = readDemo(reader, "demo");

  const json* exercises = reader.member("exercises", Need::Required, expect(Expected::Exercises, kMaxExercises));
  if (exercises != nullptr) {
    if (!exercises->is_array() || exercises->empty() || exercises->size() > kMaxExercises) {
      reader.wrong("exercises", expect(Expected::Exercises, kMaxExercises), *exercises);
    } else {
      std::vector<char> sideKnown(exercises->size(), 0);  // not vector<bool>: about 240 bytes less wasm, gzipped
      for (std::size_t i = 0; i < exercises->size(); ++i) {
        bool known = false;
        pack.exercises.push_back(
            readExercise((*exercises)[i], itemPath("exercises", i), problems, pack, language, known, gaps, i));
        sideKnown[i] = known;
      }
      checkExerciseLinks(pack, sideKnown, problems);
    }
  }
  if (positionsFilled) {
    for (const Exercise& exercise : pack.exercises) {
      if (std::find(pack.positions.begin(), pack.positions.end(), exercise.position) == pack.positions.end()) {
        pack.positions.push_back(exercise.position);
      }
    }
  }
  if (problems.empty()) result.pack = std::move(pack);
  return result;
}

}  // namespace limber
