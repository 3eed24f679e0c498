#include "json_text.h"

#include <algorithm>

namespace limber {

namespace {
// nlohmann's own document builder that also keeps where the text stopped being
// JSON; json::parse builds the same way but forgets the place.
class Builder : public nlohmann::detail::json_sax_dom_parser<json> {
 public:
  using json_sax_dom_parser::json_sax_dom_parser;
  template <class Exception>
  bool parse_error(std::size_t position, const std::string& token, const Exception& error) {
    read = position;
    last = token;
    return json_sax_dom_parser::parse_error(position, token, error);
  }
  std::size_t read = 0;  // characters read when it stopped, the offending token's last among them
  std::string last;      // the lexer's text of that token
};

// Where the token that cannot be there starts, as an editor shows it. The
// lexer's token text is exactly that token for a string or a number, but runs
// on from the token before for a bracket, a comma, a colon or a bare word.
std::size_t tokenStart(std::size_t read, const std::string& token, std::size_t textSize) {
  if (read > textSize || token.empty()) return read;  // the text ended too soon
  std::size_t length = 1;
  if (std::string_view("[]{}:,").find(token.back()) == std::string_view::npos) {
    const bool quoted = token.size() > 1 && token.front() == '"' && token.back() == '"';
    const std::size_t cut =
        quoted ? std::string::npos : token.find_last_of(" \t\r\n[]{}:,", token.size() - 1 - (token.size() > 1));
    length = cut == std::string::npos ? token.size() : token.size() - cut - 1;
  }
  return read > length ? read - length + 1 : 1;
}
}  // namespace

json parseJson(std::string_view text, std::size_t* stop) {
  json document;
  Builder builder(document, false);
  // The parser itself, not json::sax_parse, which would bring in every binary format's reader too.
  nlohmann::detail::parser<json, decltype(nlohmann::detail::input_adapter(text.begin(), text.end()))> parser(
      nlohmann::detail::input_adapter(text.begin(), text.end()), nullptr, false);
  if (parser.sax_parse(&builder, true)) return document;
  if (stop != nullptr) *stop = tokenStart(builder.read, builder.last, text.size());
  return json(json::value_t::discarded);
}

TextPlace placeOf(std::string_view text, std::size_t offset) {
  TextPlace place;
  const std::size_t end = std::min(offset > 0 ? offset - 1 : 0, text.size());
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++place.line;
      place.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++place.column;  // a character, not each byte of one
    }
  }
  return place;
}

std::string dumpJson(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace limber
