// Course packs: the built-in course, packs a trainer installed (an upload
// in the browser, a kiosk's inbox), which one is in use, and removing them.
#include <imgui.h>

#include <utility>

#include "ui/app.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/wording.h"

namespace warmline::ui {
namespace {

std::string pack_detail(const PackSummary& p) {
  if (!p.problem.empty()) return "Cannot be opened: " + p.problem;
  std::string d = "Version " + p.version;
  if (!p.author.empty()) d += " · by " + p.author;
  d += " · " + plural(static_cast<std::size_t>(p.modules), "skill", "skills") + ", " +
       plural(static_cast<std::size_t>(p.lessons), "lesson", "lessons") + ", " +
       plural(static_cast<std::size_t>(p.questions), "question", "questions");
  return d;
}

}  // namespace

void App::refresh_packs() {
  packs_ = shelf_ ? shelf_->list() : std::vector<PackSummary>{};
  scheduler_.wake();
}

void App::show_builtin_course() {
  course_pack_.clear();
  if (builtin_course_) use_course(*builtin_course_);
}

void App::open_active_pack() {
  if (!shelf_) return;
  const std::string id = shelf_->active();
  if (id.empty() || id == course_pack_) return;
  PackLoad pack = shelf_->load(id);
  if (!pack.ok()) {
    // The built-in course carries on; the pack list says what went wrong.
    pack_message_ = "The installed pack '" + id + "' could not be opened, so the built-in course is in use.";
    return;
  }
  course_pack_ = id;
  use_course(std::move(pack.course));
}

void App::refuse_pack(const std::string& file_name, const std::string& problem) {
  pack_problems_ = {file_name + ":1:1: " + problem};
  pack_message_ = "Could not install " + file_name + ". Nothing was changed.";
  scheduler_.wake();
}

PackInstall App::install_pack(const std::string& file_name, const std::string& bytes) {
  scheduler_.wake();
  pack_problems_.clear();
  if (!shelf_ || !storage_ready_) {
    PackInstall refused;
    refused.problems.push_back(file_name + ":1:1: packs cannot be installed until this device's storage has loaded");
    pack_problems_ = refused.problems;
    pack_message_ = "Could not install " + file_name + ".";
    return refused;
  }
  PackInstall result = shelf_->install(file_name, bytes);
  refresh_packs();
  if (!result.ok()) {
    pack_problems_ = result.problems;
    pack_message_ = "Could not install " + file_name + ". Nothing was changed.";
    return result;
  }
  const PackSummary& p = result.pack;
  switch (result.kind) {
    case InstallKind::New: pack_message_ = "Installed “" + p.title + "” " + p.version + ". It is the course in use now."; break;
    case InstallKind::Update:
      pack_message_ = "Updated “" + p.title + "” from " + result.replaced_version + " to " + p.version +
                      ". Learners keep their progress.";
      break;
    case InstallKind::Unchanged: pack_message_ = "“" + p.title + "” " + p.version + " is already installed."; break;
  }
  PackLoad pack = shelf_->load(p.id);
  if (pack.ok()) {
    course_pack_ = p.id;
    const Screen here = nav_.current();
    use_course(std::move(pack.course));
    if (here != nav_.current()) nav_.open(here);
  }
  return result;
}

void App::draw_pack_row(const PackSummary& pack, bool in_use, bool removable, int row) {
  ImGui::PushID(row);
  const std::string detail = pack_detail(pack);
  const char* status = in_use ? "In use" : "";
  if (list_button("##pack", pack.title.c_str(), detail.c_str(), status, fonts_) && !in_use && pack.problem.empty()) {
    if (pack.id.empty()) {
      shelf_->set_active("");
      show_builtin_course();
      pack_message_ = "Now using the built-in course.";
    } else {
      PackLoad load = shelf_->load(pack.id);
      if (load.ok() && shelf_->set_active(pack.id).ok()) {
        course_pack_ = pack.id;
        use_course(std::move(load.course));
        pack_message_ = "Now using “" + pack.title + "”.";
      }
    }
    nav_.open(Screen::Packs);
  }
  if (removable && ImGui::Button(("Remove “" + pack.title + "”").c_str(), ImVec2(0, metrics::kMinTouchTarget))) {
    const IoStatus st = shelf_->remove(pack.id);
    pack_message_ = st.ok() ? "Removed “" + pack.title + "”." : "Could not remove “" + pack.title + "”: " + st.error;
    if (st.ok() && in_use) {
      show_builtin_course();
      nav_.open(Screen::Packs);
    }
    refresh_packs();
  }
  ImGui::PopID();
}

void App::draw_packs() {
  if (kiosk() && !staff_only()) return;
  begin_screen("##packs");
  heading_text(fonts_, "Course packs");
  muted_text(kiosk() ? "Packs signed by a trusted trainer are installed from the inbox folder. Tap a pack to use it."
                     : "Trainers send course packs as .wlpack files. Drop one onto this page, or choose it below. "
                       "Tap a pack to use it.");
  vertical_space(4);
  int row = 0;
  if (builtin_course_) {
    PackSummary builtin = summarize(*builtin_course_);
    builtin.author = builtin.author.empty() ? "built in" : builtin.author + " (built in)";
    builtin.id.clear();
    draw_pack_row(builtin, course_pack_.empty(), false, row++);
  }
  for (const PackSummary& p : packs_) draw_pack_row(p, p.id == course_pack_, true, row++);
  if (row == 1 && builtin_course_) ImGui::SetItemDefaultFocus();

  if (!pack_message_.empty()) {
    vertical_space(4);
    body_text(pack_message_.c_str());
  }
  if (!pack_problems_.empty()) {
    begin_panel(palette::kBadFill, palette::kBadLine);
    ImGui::PushFont(fonts_.bold);
    body_text(plural(pack_problems_.size(), "problem", "problems").c_str());
    ImGui::PopFont();
    for (const std::string& line : pack_problems_) muted_text(line.c_str());
    end_panel();
  }
  vertical_space(8);
  if (kiosk()) {
    if (options_.kiosk.install_from_inbox && primary_button("Install packs from the inbox")) {
      pack_problems_.clear();
      admin_messages_ = options_.kiosk.install_from_inbox(*this);
      pack_message_.clear();
      for (const std::string& m : admin_messages_) pack_message_ += (pack_message_.empty() ? "" : "\n") + m;
      refresh_packs();
    }
  } else if (options_.request_pack && primary_button("Add a pack…")) {
    pack_message_ = options_.request_pack();
    pack_problems_.clear();
  }
  if (secondary_button("Back")) nav_.back();
  end_screen();
}

}  // namespace warmline::ui
