#include "json_text.h"

namespace limber {

json parseJson(std::string_view text) { return json::parse(text.begin(), text.end(), nullptr, false); }

std::string dumpJson(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace limber
