#include "core/lms/question_interaction.h"

#include <string>

namespace warmline::lms {
namespace {

std::string option_id(QuestionType type, std::size_t index) {
  return (type == QuestionType::Order ? "step-" : "choice-") + std::to_string(index);
}

std::string joined(const std::vector<std::string>& ids) {
  std::string text;
  for (const std::string& id : ids) text += (text.empty() ? "" : "[,]") + id;
  return text;
}

InteractionType interaction_type(QuestionType type) {
  switch (type) {
    case QuestionType::TrueFalse: return InteractionType::TrueFalse;
    case QuestionType::Order: return InteractionType::Sequencing;
    default: return InteractionType::Choice;
  }
}

}  // namespace

QuestionAnswer question_interaction(const Question& question, const std::vector<std::size_t>& order,
                                    const QuestionOutcome& outcome) {
  QuestionAnswer a;
  a.question_id = question.id;
  a.prompt = question.prompt;
  a.type = interaction_type(question.type);
  a.success = outcome.correct;
  a.duration_seconds = outcome.seconds;
  auto pack_index = [&order](std::size_t displayed) { return displayed < order.size() ? order[displayed] : displayed; };

  if (question.type == QuestionType::TrueFalse) {
    a.correct_responses = {question.answer ? "true" : "false"};
    if (!outcome.timed_out) a.response = outcome.answer.truth ? "true" : "false";
    return a;
  }
  std::vector<std::string> right;
  for (std::size_t i = 0; i < question.options.size(); ++i) {
    a.choices.push_back({option_id(question.type, i), question.options[i].text});
    if (question.type == QuestionType::Order || question.options[i].correct) right.push_back(option_id(question.type, i));
  }
  a.correct_responses = {joined(right)};
  if (outcome.timed_out) return a;
  std::vector<std::string> given;
  if (outcome.answer.kind == AnswerKind::Choice) {
    given.push_back(option_id(question.type, pack_index(outcome.answer.choice)));
  } else {
    for (std::size_t displayed : outcome.answer.choices) given.push_back(option_id(question.type, pack_index(displayed)));
  }
  a.response = joined(given);
  return a;
}

}  // namespace warmline::lms
