#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/course/course.h"

// Reading the values of single fields: numbers, versions, ids and the closed
// vocabularies (question types, difficulties, ...). Nothing here reports;
// callers turn an empty optional into a located message.
namespace warmline {

std::string_view trim(std::string_view s);

// Whole numbers without sign, at most 9 digits so they always fit an int.
std::optional<int> parse_count(std::string_view s);

// MAJOR.MINOR.PATCH, each part 1–9 digits.
std::optional<Version> parse_version(std::string_view s);

// Lower case letters, digits and '-', 1 to limits::kIdChars long.
bool is_valid_id(std::string_view s);

// en, en-GB, pt-BR, ...: a 2–3 letter lower-case language with optional
// letter/digit subtags.
bool is_valid_language(std::string_view s);

// Items between `separator`s, trimmed; empty items are kept so callers can
// report them.
std::vector<std::string> split_list(std::string_view s, char separator);

std::optional<QuestionType> question_type_from_name(std::string_view s);
std::optional<Difficulty> difficulty_from_name(std::string_view s);
std::optional<Channel> channel_from_name(std::string_view s);
std::optional<BreathPhaseKind> breath_phase_from_name(std::string_view s);

const std::vector<std::string_view>& question_type_names();
const std::vector<std::string_view>& difficulty_names();
const std::vector<std::string_view>& channel_names();
const std::vector<std::string_view>& breath_phase_names();

}  // namespace warmline
