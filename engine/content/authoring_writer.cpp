#include "content/authoring_writer.h"

namespace warmline {

std::string write_question(const Question& q, const std::vector<std::string>& notes) {
  std::string out = "### Question: " + q.prompt + "\n";
  out += "id: " + q.id + "\n";
  out += "type: ";
  out += question_type_name(q.type);
  out += "\n";
  if (q.type == QuestionType::Scenario) out += "customer: " + q.customer + "\n";
  if (q.seconds > 0) out += "time: " + std::to_string(q.seconds) + "\n";
  if (q.difficulty != Difficulty::Medium) {
    out += "difficulty: ";
    out += difficulty_name(q.difficulty);
    out += "\n";
  }
  if (!q.tags.empty()) {
    out += "tags: ";
    for (std::size_t i = 0; i < q.tags.size(); ++i) out += (i ? ", " : "") + q.tags[i];
    out += "\n";
  }
  if (q.type == QuestionType::TrueFalse) out += std::string("answer: ") + (q.answer ? "true" : "false") + "\n";
  for (std::size_t i = 0; i < q.options.size(); ++i) {
    const Option& o = q.options[i];
    if (q.type == QuestionType::Order) {
      out += std::to_string(i + 1) + ". " + o.text + "\n";
    } else {
      out += std::string("- [") + (o.correct ? "x" : " ") + "] " + o.text + "\n";
    }
    if (!o.feedback.empty()) out += "  feedback: " + o.feedback + "\n";
  }
  for (const std::string& n : notes) out += "// " + n + "\n";
  if (!q.explain.empty()) out += "explain: " + q.explain + "\n";
  return out;
}

}  // namespace warmline
