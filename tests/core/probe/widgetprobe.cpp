// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Must NOT compile: core libraries do not see QtWidgets (see the core_links_no_widgets test).
#include "interviewservice.h"

#include <QWidget>

int probe()
{
    QWidget widget;
    return widget.width();
}
