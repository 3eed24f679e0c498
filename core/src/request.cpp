#include "request.h"

namespace limber {

std::string refusal(const Problems& problems) { return dumpJson({{"error", toJson(problems)}}); }

Request::Request(const std::string& text, std::string call, std::vector<std::string_view> fields)
    : document_(parseJson(text)), call_(std::move(call)) {
  if (document_.is_discarded() || !document_.is_object()) {
    wrong_.push_back(document_.is_discarded() ? problemAt(call_, Issue::NotJson)
                                              : wrongValue(call_, expect(Expected::Object), document_));
    document_ = json::object();
    return;
  }
  reader_.emplace(document_, call_, wrong_, std::move(fields));
}

std::string Request::errorJson() const { return refusal(wrong_); }

const json& Request::member(std::string_view key) const {
  static const json null;
  const auto found = document_.find(key);
  return found == document_.end() ? null : *found;
}

Settings Request::settings() {
  const json& value = member("settings");
  if (value.is_null()) return Settings{};
  SettingsRead read = readSettingsValue(value);
  notes_.insert(notes_.end(), read.problems.begin(), read.problems.end());
  return read.settings;
}

Rotation Request::rotation() { return readRotation(member("rotation"), notes_); }

ScheduleState Request::state(const Settings& settings, const std::optional<Moment>& now) {
  const ScheduleState state = readScheduleState(member("state"), notes_);
  return now ? settle(state, settings, *now) : state;
}

Preference Request::preference(const Settings& settings, const std::optional<Moment>& now) {
  Preference preference;
  preference.focusAreas = settings.focusAreas;
  if (now) preference.timeOfDay = timeOfDayAt(now->minuteOfDay());
  preference.seed =
      static_cast<std::uint32_t>(number("seed", Need::Optional, 0, 0xFFFFFFFFLL, Expected::WholeNumber).value_or(0));
  return preference;
}

std::optional<Moment> Request::now(Need need) {
  const json& value = member("now");
  if (value.is_null()) {
    if (need == Need::Required) fail({call_ + ".now", Issue::Missing, expect(Expected::Moment), {}, {}});
    return std::nullopt;
  }
  return readMoment(value, call_ + ".now", wrong_);
}

std::string Request::text(std::string_view key, Need need) { return reader_ ? reader_->text(key, need, 64) : ""; }

std::vector<std::string> Request::ids(std::string_view key) {
  return reader_ ? reader_->texts(key, Need::Required, 0, 200, 64) : std::vector<std::string>{};
}

std::optional<long long> Request::number(std::string_view key, Need need, long long min, long long max,
                                         Expected expected) {
  return reader_ ? reader_->wholeNumber(key, need, min, max, expected) : std::nullopt;
}

std::optional<bool> Request::flag(std::string_view key) {
  return reader_ ? reader_->flag(key, Need::Required) : std::nullopt;
}

}  // namespace limber
