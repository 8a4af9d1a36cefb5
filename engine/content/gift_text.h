#pragma once
#include <cstddef>
#include <string>
#include <string_view>

// Internal to the GIFT importer: turning GIFT text (with Moodle's format
// prefixes and possibly HTML) into the plain one-line text of the authoring
// format, and names into ids.
namespace warmline::gift {

enum class TextFormat { Moodle, Html, Plain, Markdown };

// Removes a leading [moodle], [html], [plain] or [markdown] from `s` and
// returns it; any other text returns `fallback` and leaves `s` alone.
TextFormat take_format(std::string& s, TextFormat fallback);

// Tags dropped (<br>, <p>, <li>, ... become spaces), common entities
// decoded. Conservative: a '<' not followed by a letter, '/' or '!' and a
// closing '>' is kept as text. Sets `changed` when anything was removed.
std::string strip_html(std::string_view s, bool& changed);

// Runs of spaces, tabs and line breaks as one space, trimmed.
std::string collapse_spaces(std::string_view s);

// Lower-case ASCII letters and digits with single '-' between words, at
// most `max` characters, no leading or trailing '-'. Other characters
// separate words. May be empty.
std::string slug(std::string_view s, std::size_t max);

}  // namespace warmline::gift
