#include "limber/settings.h"

#include "codec.h"
#include "json_reader.h"

namespace limber {

SettingsRead readSettings(std::string_view jsonText) {
  const json document = json::parse(jsonText.begin(), jsonText.end(), nullptr, false);
  if (document.is_discarded()) {
    SettingsRead result;
    result.problems.push_back({"settings", "is not valid JSON; using the defaults"});
    return result;
  }
  return readSettingsValue(document);
}

SettingsRead readSettingsValue(const json& document) {
  SettingsRead result;
  Problems found;
  ObjectReader reader(document, "settings", found, {"version", "breakSeconds", "positions", "avoid"});
  reader.wholeNumber("version", Need::Optional, 1, kSettingsVersion, "a settings version this Limber reads");
  result.settings.breakSeconds = static_cast<int>(
      reader.wholeNumber("breakSeconds", Need::Optional, 30, 900, "a break length of 30 to 900 seconds")
          .value_or(result.settings.breakSeconds));
  if (reader.member("positions", Need::Optional, "") != nullptr) {
    const std::size_t before = found.size();
    auto positions = reader.choices<Position>("positions", Need::Optional, 1);
    if (found.size() == before) result.settings.positions = std::move(positions);
  }
  // Unreadable conditions are dropped one by one, the readable ones kept:
  // offering an exercise flagged for a listed condition is the one thing not allowed.
  result.settings.avoid = reader.choices<Condition>("avoid", Need::Optional, 0);
  result.problems = std::move(found);
  return result;
}

Filter filterFor(const Settings& settings) {
  Filter filter;
  filter.positions = settings.positions;
  filter.avoid = settings.avoid;
  return filter;
}

}  // namespace limber
