// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace ir::ui {

// A field of a finished session: read-only (its text can still be selected and copied) and drawn
// without the frame and white base of an editable field, so it reads as a value, not as a box
// to type into. Line edits, plain text edits and spin boxes; other widgets are disabled (a combo
// box has no read-only state). Palette roles only, so dark themes follow.
void setReadOnlyLook(QWidget *field, bool readOnly);

} // namespace ir::ui
