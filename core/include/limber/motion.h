// Motion: an exercise's 3D keyframes, what its demo video is rendered from at
// build time (demos/). The core owns the vocabulary (the channels a key may set
// with the human range of each, the contacts, the props, the bases) so that the
// pack validator and the renderer's motion checks agree on one list.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "limber/vocabulary.h"

namespace limber {

// Where a motion starts: the whole body's pose and what it rests on.
enum class MotionBase { Sitting, Standing, AllFours, Kneeling, LyingBack, LyingFront };

// The furniture drawn around the figure. Left and right are the figure's own.
enum class Prop { Chair, DeskFront, DeskLeft, DeskRight, WallBack, WallFront, Mat };

// What the camera fits into the picture.
enum class Framing { Body, Upper, Face, Hands };

// Body points held in place for the whole loop where the base pose puts them.
enum class Contact {
  Seat,      // both sitting bones on the chair seat
  LeftFoot,  // the sole flat on the floor
  RightFoot,
  LeftBall,  // the ball of the foot on the floor, the heel free to rise
  RightBall,
  LeftHand,  // the palm on what it rests on at the start (mat, desk, wall)
  RightHand,
  LeftKnee,  // the knee on the mat
  RightKnee,
  Back,         // the shoulder blades on the mat (lying on the back)
  Hips,         // the pelvis on the mat (its back lying face up, its front lying face down)
  Front,        // chest and pelvis on the mat (lying face down)
  LeftForearm,  // the forearm flat on the mat
  RightForearm
};

// What reaches for something during a key.
enum class Effector { LeftHand, RightHand, LeftFoot, RightFoot };

// What it reaches for: a point on the body, named from the figure's side, or on
// a prop. A midline target ("chest") puts each hand on its own side of it.
enum class Landmark {
  LeftKnee,
  RightKnee,
  LeftKneeOutside,  // the outer side of the knee
  RightKneeOutside,
  LeftThigh,  // the top of the thigh, halfway to the knee
  RightThigh,
  LeftUnderThigh,  // under the thigh, near the knee
  RightUnderThigh,
  LeftShin,
  RightShin,
  LeftAnkle,
  RightAnkle,
  LeftToes,
  RightToes,
  LeftHip,  // the side of the pelvis (hands on hips)
  RightHip,
  LowerBack,
  Belly,
  Chest,  // in front of the chest, on the midline (palms together)
  Navel,  // in front of the navel, on the midline
  BetweenKnees,
  HeadBack,  // hands behind the head
  HeadTop,
  LeftEar,
  RightEar,
  Eyes,
  LeftFingers,  // the other hand's fingers, for wrist and thumb stretches
  RightFingers,
  LeftThumb,
  RightThumb,
  LeftHand,  // the other hand's palm (hands together)
  RightHand,
  SeatLeft,  // the edge of the chair seat beside the hip
  SeatRight,
  UnderSeat,
  Desk,      // the desk top under the hand
  Wall,      // the wall in front of the hand
  Floor,     // the floor (or mat) under the hand or foot
  StepLeft,  // the floor a stride ahead of the left hip (a lunge's front foot)
  StepRight
};

// One value a key may set: an angle in degrees (most), a distance in metres
// (pelvisX/Y/Z) or a share from 0 to 1 (eyesClose, belly). Limb channels come
// in pairs, left first; the spine channels spread over the three spine joints.
enum class Channel {
  PelvisX,
  PelvisY,
  PelvisZ,
  PelvisTilt,
  PelvisRoll,
  PelvisTurn,
  LumbarFlex,
  LumbarSide,
  LumbarTwist,
  ThoraxFlex,
  ThoraxSide,
  ThoraxTwist,
  ChestFlex,
  ChestSide,
  ChestTwist,
  SpineFlex,
  SpineSide,
  SpineTwist,
  NeckFlex,
  NeckSide,
  NeckTurn,
  HeadFlex,
  HeadSide,
  HeadTurn,
  EyesTurn,
  EyesRaise,
  EyesClose,
  Belly,
  LeftBladeRaise,
  RightBladeRaise,
  LeftBladeForward,
  RightBladeForward,
  LeftArmRaise,
  RightArmRaise,
  LeftArmPlane,
  RightArmPlane,
  LeftArmTwist,
  RightArmTwist,
  LeftElbowFlex,
  RightElbowFlex,
  LeftForearmTwist,
  RightForearmTwist,
  LeftWristFlex,
  RightWristFlex,
  LeftWristSide,
  RightWristSide,
  LeftFingersBase,
  RightFingersBase,
  LeftFingersCurl,
  RightFingersCurl,
  LeftFingersSpread,
  RightFingersSpread,
  LeftThumbFlex,
  RightThumbFlex,
  LeftThumbOut,
  RightThumbOut,
  LeftHipRaise,
  RightHipRaise,
  LeftHipPlane,
  RightHipPlane,
  LeftHipTwist,
  RightHipTwist,
  LeftKneeFlex,
  RightKneeFlex,
  LeftAnkleFlex,
  RightAnkleFlex,
  LeftToesBend,
  RightToesBend
};
constexpr std::size_t kChannelCount = static_cast<std::size_t>(Channel::RightToesBend) + 1;

// How a channel's value turns into its mirror's: a left channel becomes its
// right partner (Swap), a sideways one changes sign (Negate), others stay.
enum class Mirror { Keep, Negate, Swap };

struct ChannelRange {
  float min;
  float max;
  Mirror mirror;
};

// The human range of every channel, in Channel order.
const std::array<ChannelRange, kChannelCount>& channelRanges();
// The channel that mirrors this one (itself for Keep and Negate).
Channel mirrorOf(Channel channel);
Effector mirrorOf(Effector effector);
Landmark mirrorOf(Landmark landmark);
Contact mirrorOf(Contact contact);
Prop mirrorOf(Prop prop);

struct MotionKey {
  double in = 1.0;                               // seconds to move here from the previous key
  double hold = 0;                               // seconds to stay once here
  std::vector<std::pair<Channel, double>> pose;  // channels set here; the rest keep the base's values
  std::vector<std::pair<Effector, Landmark>> reach;
  bool setsReach = false;  // the key names its reaches (none, when the list is empty); else it keeps the last key's
};

struct CameraAim {
  double yaw = 30;    // degrees around the figure: 0 in front, 90 at its left, -90 at its right
  double pitch = 10;  // degrees above the horizon
  Framing frame = Framing::Body;
};

// A channel the exercise is about, and the range it is declared to sweep.
struct ChannelSweep {
  Channel channel;
  double from;
  double to;
};

struct Motion {
  MotionBase base = MotionBase::Sitting;
  std::vector<Prop> props;
  CameraAim camera;
  std::vector<Contact> contacts;
  std::vector<MotionKey> keys;  // the loop runs through them and back to the first
  std::vector<ChannelSweep> moves;

  double seconds() const;   // one loop
  Motion mirrored() const;  // the same motion done with the other side
};

// The motion of every exercise of a pack that has one, by exercise id; the pack
// itself is checked by loadPack (pack_loader.h). Native builds only use it.
std::vector<std::pair<std::string, Motion>> loadMotions(std::string_view packText);

constexpr double kMaxLoopSeconds = 12;
constexpr std::size_t kMaxMotionKeys = 16;

template <>
struct Names<MotionBase> {
  static constexpr std::array<std::string_view, 6> list{"sitting",  "standing",   "all-fours",
                                                        "kneeling", "lying-back", "lying-front"};
};
template <>
struct Names<Prop> {
  static constexpr std::array<std::string_view, 7> list{"chair",     "desk-front", "desk-left", "desk-right",
                                                        "wall-back", "wall-front", "mat"};
};
template <>
struct Names<Framing> {
  static constexpr std::array<std::string_view, 4> list{"body", "upper", "face", "hands"};
};
template <>
struct Names<Contact> {
  static constexpr std::array<std::string_view, 14> list{
      "seat",      "left-foot",  "right-foot", "left-ball", "right-ball", "left-hand",    "right-hand",
      "left-knee", "right-knee", "back",       "hips",      "front",      "left-forearm", "right-forearm"};
};
template <>
struct Names<Effector> {
  static constexpr std::array<std::string_view, 4> list{"left-hand", "right-hand", "left-foot", "right-foot"};
};
template <>
struct Names<Landmark> {
  static constexpr std::array<std::string_view, 40> list{"left-knee",
                                                         "right-knee",
                                                         "left-knee-outside",
                                                         "right-knee-outside",
                                                         "left-thigh",
                                                         "right-thigh",
                                                         "left-under-thigh",
                                                         "right-under-thigh",
                                                         "left-shin",
                                                         "right-shin",
                                                         "left-ankle",
                                                         "right-ankle",
                                                         "left-toes",
                                                         "right-toes",
                                                         "left-hip",
                                                         "right-hip",
                                                         "lower-back",
                                                         "belly",
                                                         "chest",
                                                         "navel",
                                                         "between-knees",
                                                         "head-back",
                                                         "head-top",
                                                         "left-ear",
                                                         "right-ear",
                                                         "eyes",
                                                         "left-fingers",
                                                         "right-fingers",
                                                         "left-thumb",
                                                         "right-thumb",
                                                         "left-hand",
                                                         "right-hand",
                                                         "seat-left",
                                                         "seat-right",
                                                         "under-seat",
                                                         "desk",
                                                         "wall",
                                                         "floor",
                                                         "step-left",
                                                         "step-right"};
};
template <>
struct Names<Channel> {
  static constexpr std::array<std::string_view, kChannelCount> list{
      "pelvisX",          "pelvisY",           "pelvisZ",           "pelvisTilt",
      "pelvisRoll",       "pelvisTurn",        "lumbarFlex",        "lumbarSide",
      "lumbarTwist",      "thoraxFlex",        "thoraxSide",        "thoraxTwist",
      "chestFlex",        "chestSide",         "chestTwist",        "spineFlex",
      "spineSide",        "spineTwist",        "neckFlex",          "neckSide",
      "neckTurn",         "headFlex",          "headSide",          "headTurn",
      "eyesTurn",         "eyesRaise",         "eyesClose",         "belly",
      "leftBladeRaise",   "rightBladeRaise",   "leftBladeForward",  "rightBladeForward",
      "leftArmRaise",     "rightArmRaise",     "leftArmPlane",      "rightArmPlane",
      "leftArmTwist",     "rightArmTwist",     "leftElbowFlex",     "rightElbowFlex",
      "leftForearmTwist", "rightForearmTwist", "leftWristFlex",     "rightWristFlex",
      "leftWristSide",    "rightWristSide",    "leftFingersBase",   "rightFingersBase",
      "leftFingersCurl",  "rightFingersCurl",  "leftFingersSpread", "rightFingersSpread",
      "leftThumbFlex",    "rightThumbFlex",    "leftThumbOut",      "rightThumbOut",
      "leftHipRaise",     "rightHipRaise",     "leftHipPlane",      "rightHipPlane",
      "leftHipTwist",     "rightHipTwist",     "leftKneeFlex",      "rightKneeFlex",
      "leftAnkleFlex",    "rightAnkleFlex",    "leftToesBend",      "rightToesBend"};
};

}  // namespace limber
