"""Qt views: windows, panes, dialogs, item models, actions and the task runner."""
