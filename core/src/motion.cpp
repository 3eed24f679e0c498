#include "limber/motion.h"

#include <string>
#include <tuple>

namespace limber {

namespace {

// "left-knee" <-> "right-knee", "leftHipRaise" <-> "rightHipRaise",
// "desk-left" <-> "desk-right": every sided name says its side in its first or
// last word, so one rule mirrors every list.
template <typename E>
E mirrorByName(E value) {
  const std::string_view name = nameOf(value);
  std::string other;
  const auto swapped = [&](std::string_view from, std::string_view to, bool atEnd) {
    if (name.size() <= from.size()) return false;
    const std::string_view part = atEnd ? name.substr(name.size() - from.size()) : name.substr(0, from.size());
    if (part != from) return false;
    other = atEnd ? std::string(name.substr(0, name.size() - from.size())) + std::string(to)
                  : std::string(to) + std::string(name.substr(from.size()));
    return true;
  };
  if (swapped("left", "right", false) || swapped("right", "left", false) || swapped("-left", "-right", true) ||
      swapped("-right", "-left", true)) {
    if (auto parsed = parseName<E>(other)) return *parsed;
  }
  return value;
}

constexpr Mirror K = Mirror::Keep;
constexpr Mirror N = Mirror::Negate;
constexpr Mirror S = Mirror::Swap;

// Human ranges, conservative: what a healthy adult reaches without strain, from
// standard goniometry tables (AAOS normal ranges of motion). The spine channels
// spread over three joints, so their ranges are the three joints' together. A
// negative raise takes an arm or a thigh behind the body (extension).
constexpr std::array<ChannelRange, kChannelCount> kRanges{{
    {-0.6f, 0.6f, N}, {-1.0f, 1.0f, K}, {-1.0f, 1.0f, K}, {-60, 100, K}, {-30, 30, N}, {-60, 60, N},  // pelvis
    {-30, 50, K},     {-25, 25, N},     {-10, 10, N},                                                 // lumbar
    {-25, 40, K},     {-20, 20, N},     {-35, 35, N},                                                 // thorax
    {-25, 35, K},     {-15, 15, N},     {-25, 25, N},                                                 // chest
    {-75, 120, K},    {-55, 55, N},     {-65, 65, N},                                                 // spine
    {-50, 50, K},     {-40, 40, N},     {-75, 75, N},                                                 // neck
    {-25, 25, K},     {-10, 10, N},     {-10, 10, N},                                                 // head
    {-40, 40, N},     {-30, 30, K},     {0, 1, K},        {0, 1, K},                                  // eyes, belly
    {-10, 40, S},     {-10, 40, S},     {-25, 25, S},     {-25, 25, S},                               // blades
    {-60, 180, S},    {-60, 180, S},    {-60, 220, S},    {-60, 220, S}, {-90, 90, S}, {-90, 90, S},  // arms
    {0, 150, S},      {0, 150, S},      {-90, 90, S},     {-90, 90, S},                               // elbows
    {-90, 80, S},     {-90, 80, S},     {-30, 25, S},     {-30, 25, S},                               // wrists
    {-30, 90, S},     {-30, 90, S},     {0, 110, S},      {0, 110, S},   {-5, 25, S},  {-5, 25, S},   // fingers
    {-30, 60, S},     {-30, 60, S},     {0, 70, S},       {0, 70, S},                                 // thumbs
    {-30, 130, S},    {-30, 130, S},    {-40, 220, S},    {-40, 220, S}, {-60, 45, S}, {-60, 45, S},  // hips
    {0, 155, S},      {0, 155, S},      {-75, 30, S},     {-75, 30, S},  {-10, 60, S}, {-10, 60, S}   // legs
}};

}  // namespace

const std::array<ChannelRange, kChannelCount>& channelRanges() { return kRanges; }

Channel mirrorOf(Channel channel) { return mirrorByName(channel); }
Effector mirrorOf(Effector effector) { return mirrorByName(effector); }
Landmark mirrorOf(Landmark landmark) { return mirrorByName(landmark); }
Contact mirrorOf(Contact contact) { return mirrorByName(contact); }
Prop mirrorOf(Prop prop) { return mirrorByName(prop); }

double Motion::seconds() const {
  double total = 0;
  for (const MotionKey& key : keys) total += key.in + key.hold;
  return total;
}

Motion Motion::mirrored() const {
  Motion out = *this;
  const auto flip = [](Channel channel, double value) {
    const Mirror rule = kRanges[static_cast<std::size_t>(channel)].mirror;
    return std::make_pair(mirrorOf(channel), rule == Mirror::Negate ? -value : value);
  };
  for (Prop& prop : out.props) prop = mirrorOf(prop);
  for (Contact& contact : out.contacts) contact = mirrorOf(contact);
  out.camera.yaw = -camera.yaw;
  for (MotionKey& key : out.keys) {
    for (auto& [channel, value] : key.pose) std::tie(channel, value) = flip(channel, value);
    for (auto& [effector, landmark] : key.reach) {
      effector = mirrorOf(effector);
      landmark = mirrorOf(landmark);
    }
  }
  for (ChannelSweep& sweep : out.moves) {
    const auto [channel, from] = flip(sweep.channel, sweep.from);
    sweep = {channel, from, flip(sweep.channel, sweep.to).second};
  }
  return out;
}

}  // namespace limber
