// Pack and Exercise: the exercise library as the rest of the core sees it, after
// a pack file has been read and validated (see pack_loader.h).
#pragma once

#include <string>
#include <vector>

#include "limber/vocabulary.h"

namespace limber {

// How an exercise or a pack is shown: a packaged video and poster (paths inside
// the extension), and optionally a remote https video played when it loads.
struct Demo {
  std::string video;
  std::string poster;
  std::string remoteUrl;
};

struct Goal {
  std::string goal;
  std::string reason;
};

struct Question {
  std::string question;
  std::string answer;
};

struct Exercise {
  std::string id;  // stable and unique across every pack
  std::string name;
  std::vector<std::string> steps;
  int seconds = 0;  // time the guided break gives it
  int reps = 0;     // 0 when the exercise is held for its seconds rather than counted
  Position position = Position::Sitting;
  Side side = Side::None;
  std::string partner;  // the mirror exercise's id for a left or right side
  std::vector<BodyArea> bodyAreas;
  Intensity intensity = Intensity::Gentle;
  std::vector<Demand> demands;  // what it asks of the body
  Demo demo;
  std::vector<std::string> cautions;
  std::vector<Condition> conditions;  // never offered to users who list one: its demands' and its own (demands.h)
  std::vector<Place> places;          // the pack's, unless the exercise narrows them
  std::vector<TimeOfDay> timesOfDay;  // the pack's, unless the exercise narrows them
  // A micro-break's exercise (an eye break, a posture reset): done where one sits or
  // stands, both sides at once, in at most a minute. Long breaks leave it out
  // while micro-breaks are on.
  bool micro = false;
  std::string packId;
};

struct Pack {
  std::string id;
  std::string title;
  std::string summary;
  std::string whenToUse;
  std::string whyItHappens;
  std::string about;
  std::vector<std::string> skipIf;    // when not to do this pack, in plain words
  std::vector<std::string> redFlags;  // symptoms that mean "see a clinician"
  std::vector<Condition> conditions;  // every exercise of the pack is withheld for these
  std::vector<Goal> whoItIsFor;
  std::vector<Question> faq;
  std::vector<Position> positions;
  std::vector<Place> places;
  std::vector<TimeOfDay> timesOfDay;
  Demo demo;
  std::vector<Exercise> exercises;  // in the pack's own order
};

}  // namespace limber
