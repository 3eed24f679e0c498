#include "motion_reader.h"

#include <string>

namespace limber {

namespace {

// 30, -0.5: whole numbers without a decimal point.
std::string shortNumber(double value) {
  const auto whole = static_cast<long long>(value);
  return static_cast<double>(whole) == value ? std::to_string(whole) : dumpJson(json(value));
}

Phrase<Expected> numberFrom(double min, double max) {
  return expect(Expected::Number, shortNumber(min), shortNumber(max));
}

// A number from min to max, or nullopt (reported unless absent and optional).
std::optional<double> readNumber(ObjectReader& reader, std::string_view key, Need need, double min, double max,
                                 bool& ok) {
  const json* value = reader.member(key, need, numberFrom(min, max));
  if (value == nullptr) {
    ok = ok && need == Need::Optional;
    return std::nullopt;
  }
  if (value->is_number() && value->get<double>() >= min && value->get<double>() <= max) return value->get<double>();
  reader.wrong(reader.pathOf(key), numberFrom(min, max), *value);
  ok = false;
  return std::nullopt;
}

// {"leftHipRaise": 90, ...}: each a known channel within its human range.
std::vector<std::pair<Channel, double>> readPose(ObjectReader& parent, bool& ok) {
  std::vector<std::pair<Channel, double>> pose;
  const json* value = parent.member("pose", Need::Optional);
  if (value == nullptr) return pose;
  const std::string path = parent.pathOf("pose");
  if (!value->is_object()) {
    parent.wrong(path, expect(Expected::Pose), *value);
    ok = false;
    return pose;
  }
  for (const auto& item : value->items()) {
    const std::optional<Channel> channel = parseName<Channel>(item.key());
    if (!channel) {
      parent.report(memberPath(path, item.key()), Issue::UnknownPoseValue);
      ok = false;
      continue;
    }
    const ChannelRange range = channelRanges()[static_cast<std::size_t>(*channel)];
    const json& number = item.value();
    if (!number.is_number() || number.get<double>() < range.min || number.get<double>() > range.max) {
      parent.wrong(memberPath(path, item.key()), numberFrom(range.min, range.max), number);
      ok = false;
      continue;
    }
    pose.emplace_back(*channel, number.get<double>());
  }
  return pose;
}

// {"left-hand": "right-knee"}: an effector reaching for a landmark.
std::vector<std::pair<Effector, Landmark>> readReach(ObjectReader& parent, bool& ok) {
  std::vector<std::pair<Effector, Landmark>> reach;
  const json* value = parent.member("reach", Need::Optional);
  if (value == nullptr) return reach;
  const std::string path = parent.pathOf("reach");
  if (!value->is_object()) {
    parent.wrong(path, expect(Expected::Reach), *value);
    ok = false;
    return reach;
  }
  for (const auto& item : value->items()) {
    const std::optional<Effector> effector = parseName<Effector>(item.key());
    const std::optional<Landmark> landmark =
        item.value().is_string() ? parseName<Landmark>(item.value().get_ref<const std::string&>()) : std::nullopt;
    if (!effector) {
      parent.wrong(memberPath(path, item.key()), expectNames<Effector>(Expected::OneOf), json(item.key()));
      ok = false;
    } else if (!landmark) {
      parent.wrong(memberPath(path, item.key()), expectNames<Landmark>(Expected::OneOf), item.value());
      ok = false;
    } else {
      reach.emplace_back(*effector, *landmark);
    }
  }
  return reach;
}

std::optional<MotionKey> readKey(const json& value, const std::string& path, Problems& problems) {
  ObjectReader reader(value, path, problems, {"in", "hold", "pose", "reach"});
  if (!reader.isObject()) return std::nullopt;
  bool ok = true;
  MotionKey key;
  key.in = readNumber(reader, "in", Need::Optional, 0.2, 6, ok).value_or(1.0);
  key.hold = readNumber(reader, "hold", Need::Optional, 0, 8, ok).value_or(0.0);
  key.pose = readPose(reader, ok);
  key.reach = readReach(reader, ok);
  key.setsReach = reader.member("reach", Need::Optional) != nullptr;
  if (!ok) return std::nullopt;
  return key;
}

CameraAim readCamera(ObjectReader& parent, bool& ok) {
  CameraAim camera;
  const json* value = parent.member("camera", Need::Required, expect(Expected::Camera));
  if (value == nullptr) {
    ok = false;
    return camera;
  }
  ObjectReader reader(*value, parent.pathOf("camera"), parent.problems(), {"yaw", "pitch", "frame"});
  if (!reader.isObject()) {
    ok = false;
    return camera;
  }
  camera.yaw = readNumber(reader, "yaw", Need::Required, -180, 180, ok).value_or(0);
  camera.pitch = readNumber(reader, "pitch", Need::Required, -20, 70, ok).value_or(0);
  const auto frame = reader.choice<Framing>("frame", Need::Required);
  ok = ok && frame;
  camera.frame = frame.value_or(Framing::Body);
  return camera;
}

// {"spineFlex": [0, 60]}: the channels the exercise is about and what they sweep.
std::vector<ChannelSweep> readMoves(ObjectReader& parent, bool& ok) {
  std::vector<ChannelSweep> moves;
  constexpr std::size_t most = 6;
  const json* value = parent.member("moves", Need::Required, expect(Expected::Moves, most));
  if (value == nullptr || !value->is_object() || value->empty() || value->size() > most) {
    if (value != nullptr) parent.wrong(parent.pathOf("moves"), expect(Expected::Moves, most), *value);
    ok = false;
    return moves;
  }
  const std::string path = parent.pathOf("moves");
  for (const auto& item : value->items()) {
    const std::optional<Channel> channel = parseName<Channel>(item.key());
    if (!channel) {
      parent.report(memberPath(path, item.key()), Issue::UnknownPoseValue);
      ok = false;
      continue;
    }
    const ChannelRange range = channelRanges()[static_cast<std::size_t>(*channel)];
    const json& pair = item.value();
    const auto within = [&](const json& number) {
      return number.is_number() && number.get<double>() >= range.min && number.get<double>() <= range.max;
    };
    if (!pair.is_array() || pair.size() != 2 || !within(pair[0]) || !within(pair[1]) ||
        pair[0].get<double>() >= pair[1].get<double>()) {
      parent.wrong(memberPath(path, item.key()),
                   expect(Expected::Sweep, shortNumber(range.min), shortNumber(range.max)), pair);
      ok = false;
      continue;
    }
    moves.push_back({*channel, pair[0].get<double>(), pair[1].get<double>()});
  }
  return moves;
}

}  // namespace

std::optional<Motion> readMotion(ObjectReader& parent) {
  const json* value = parent.member("motion", Need::Optional);
  if (value == nullptr) return std::nullopt;
  ObjectReader reader(*value, parent.pathOf("motion"), parent.problems(),
                      {"base", "props", "camera", "contacts", "keys", "moves"});
  if (!reader.isObject()) return std::nullopt;
  const std::size_t before = reader.problems().size();
  bool ok = true;
  Motion motion;
  const auto base = reader.choice<MotionBase>("base", Need::Required);
  motion.base = base.value_or(MotionBase::Sitting);
  motion.props = reader.choices<Prop>("props", Need::Optional, 0);
  motion.camera = readCamera(reader, ok);
  motion.contacts = reader.choices<Contact>("contacts", Need::Optional, 0);

  const Phrase<Expected> keysExpected = expect(Expected::MotionKeys, 2, kMaxMotionKeys);
  const json* keys = reader.member("keys", Need::Required, keysExpected);
  if (keys != nullptr && (!keys->is_array() || keys->size() < 2 || keys->size() > kMaxMotionKeys)) {
    reader.wrong(reader.pathOf("keys"), keysExpected, *keys);
  } else if (keys != nullptr) {
    for (std::size_t i = 0; i < keys->size(); ++i) {
      if (auto key = readKey((*keys)[i], itemPath(reader.pathOf("keys"), i), reader.problems())) {
        motion.keys.push_back(std::move(*key));
      }
    }
    if (motion.keys.size() == keys->size() && (motion.seconds() < 1 || motion.seconds() > kMaxLoopSeconds)) {
      reader.wrong(reader.pathOf("keys"), expect(Expected::LoopSeconds, std::string("1"), shortNumber(kMaxLoopSeconds)),
                   json(motion.seconds()));
    }
  }
  motion.moves = readMoves(reader, ok);
  if (!ok || !base || reader.problems().size() != before) return std::nullopt;
  return motion;
}

std::vector<std::pair<std::string, Motion>> loadMotions(std::string_view packText) {
  std::vector<std::pair<std::string, Motion>> motions;
  const json document = parseJson(packText);
  if (!document.is_object() || !document.contains("exercises") || !document["exercises"].is_array()) return motions;
  Problems ignored;
  for (const json& exercise : document["exercises"]) {
    if (!exercise.is_object() || !exercise.contains("id") || !exercise["id"].is_string()) continue;
    ObjectReader reader(exercise, "", ignored, {});
    if (auto motion = readMotion(reader)) motions.emplace_back(exercise["id"].get<std::string>(), std::move(*motion));
  }
  return motions;
}

}  // namespace limber
