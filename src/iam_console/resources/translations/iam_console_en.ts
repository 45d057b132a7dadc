<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (logging to the terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About IAM Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;IAM Console {0}&lt;/h2&gt;&lt;p&gt;Administration of users, organizations and roles.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load permission catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load application permissions from a TOML or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own details, password, notifications and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import users from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create many users from a CSV file: map the columns, check every row, then import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import o&amp;rganizations from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create many organizations (with parents and locations) from a CSV file: map the columns, check every row, then import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions &amp;screening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a sanctions list, screen users, clear or confirm possible matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every row the current search matches as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify administration log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no administration log event was changed, removed or inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account rules, links, the mail server and the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and return to sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a record in the current list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected record (or press Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected user a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected user: choose their organizations and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all &amp;matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every row the search matches, loaded or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate, archive, add to an organization, assign a role or issue activation links for all selected users, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting &amp;approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who signed in through an identity provider and wait for an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what, where and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run any command or open any record by typing its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About IAM Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the identity provider gave it; edit the user after approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the account with these organizations and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} {1}&lt;/b&gt; signed in through &lt;b&gt;{2}&lt;/b&gt; for the first time and waits for approval. Choose the organizations they belong to and their roles; &lt;b&gt;Approve&lt;/b&gt; activates the account with them. To turn them away, close this and choose Reject in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} is {2}; there is nothing to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk action — {0:,} {1} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} {1} selected. Choose an action and press Preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and what happens to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {0:,} of {1:,} users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {0:,} will be skipped (listed below with the reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report ({0:,} users) to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a command or a name: “go to organizations”, “reset password jdoe”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching commands and records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter runs the highlighted line; Escape closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for “{0}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records could not be looked up: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their values and yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by the other administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (set by your deployment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in window offers these connections (and the SQLite file on this computer). Changes show at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console was started with a given database (--database or IAM_CONSOLE_DATABASE); connections are not offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your deployment offers only its own connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection “{0}” from this desktop? The database itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &amp;activation link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &amp;reset link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor was reset; they set it up again at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the token is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue API &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token was revoked; it no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Links and tokens&lt;/b&gt; (their values are never shown again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;locked&lt;/b&gt; until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not locked; {0} failed attempt(s) since the last good one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; must be changed at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set (awaiting activation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up; {0} recovery code(s) left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply to a user who is {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop requiring two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was revoked; it no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} permanently? Their name, email and credentials are erased and cannot be restored; the administration log keeps what it recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mine anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only for you: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Your changes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another administrator changed this {0} after you opened it. Reload theirs, or save yours on top of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this {0} editor and lose the changes you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you typed is lost: the window you worked in stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If the same thing happens, copy the details and send them to whoever looks after the console on your desktop (the log file holds them too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field changed in this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see who changed what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the events written by the same operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the editor of the record this event is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by username or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} row{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the affected users ({0:,})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {0} from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen. The first line names the columns; UTF-8, separated by commas or semicolons (as Excel saves it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1:,} rows, {2} columns separated by {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {0:,} of {1:,} rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} of {1:,} rows are ready; &lt;b&gt;{2:,} {3} problems&lt;/b&gt; (below). Nothing has been written. Fix the file and press Check again: the file is read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rows with problems first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {0:,} rows are ready. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import {0:,} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0:,} of {1:,} {2}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: {0} The batches written before are kept; Check the file again to see which rows are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {0:,} rows were not imported (below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Cancelled: {0:,} rows were not reached; every row imported is whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0:,} {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy all links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send all by &amp;email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set up (Settings → Email); copy the links and pass them on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {0:,} links (name, email and link on each line). The clipboard is cleared in {1} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {0:,} of {1:,} emails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} emails sent; {1:,} not sent: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Copy the links instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {0:,} emails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled after {0:,} {1}; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0:,} {1} to {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported.
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} have no bulk actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search {0}…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which {0} to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row of the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} the {1} “{2}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {0:,} matching selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} of the selected rows have not been loaded yet. Scroll to them, or use Edit → Select all matching (Ctrl+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select {0} first (Shift or Ctrl with a click, or Ctrl+A for all matching).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {0:,} {1} (counting…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} {1} shown, more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} {1} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} {1} matches “{2}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} {1} match “{2}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export administration log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled after {0:,} events; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0:,} events to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log was not exported; no file was written.
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} events written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text anywhere in the event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text anywhere in the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“From” must be before “until”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events the filter shows as CSV or JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge old events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every event again (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is not about a user, organization or role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete events older than a date (the rest stays verifiable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user in the Users list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user in the Awaiting approval list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administration log cannot be changed by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load permission catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogues (*.toml *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM Console — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} waiting for an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the user, organization or role the selected event is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} have no bulk actions; select users in the Users list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded {0}: {1} permission(s) added, {2} updated, {3} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue was not loaded; nothing changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed. Use the new one from your next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the console may email you a summary of the changes that concern you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your username, email, organizations and roles are kept by your administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;assword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External (partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Locations&lt;/b&gt; (pools this organization may use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are archived: they can no longer sign in and their links stop working. Their organizations, roles and history are kept, and they can be restored from Show → Archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its locations are deleted with it. An organization that still has users, sub-organizations or role assignments is not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role that is assigned to anyone is not deleted; make it inactive instead, or remove its assignments first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are archived and cannot sign in. They can be restored from the Users list (Show → Archived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People appear here after their first sign-in through an identity provider; create local users in the Users list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User the action is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain: can this user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {0} not (inactive role, organization or account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} permission grant(s) in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user holds no permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Through the assignment {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Rule: {1}.&lt;br&gt;The console would say: “{2}”{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server (shared by a team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Untick to use the password for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown on the sign-in button, e.g. Staff login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://login.example.org/realms/staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the provider requires one; kept in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username claim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the sign-in window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pro&amp;vider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the provider&apos;s discovery document now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity providers are set by your deployment; they cannot be changed on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{0}”. It shows on the sign-in window from the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answers; people sign in at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{0}”? Nobody can sign in with it any more; the users it created keep their accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge old log events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge events before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events older than this date are deleted from the database for good. The hash of the last deleted event is kept, so the rest of the log can still be verified. The purge itself is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge events before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every administration log event before {0}?

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged {0:,} events before {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was purged. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code to scan with an authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate your account or reset your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the code or the whole link you received, then choose your password: at least 12 characters, spaces and any letters welcome; not a common password and not your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code or link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They must choose their own at the next &amp;sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for &lt;b&gt;{0}&lt;/b&gt;. Tell it to them by a safe way. Their two-factor sign-in stays as it is. (A reset link, on the user&apos;s Sign-in page, lets them choose a password themselves.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of {0} is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (can be assigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Based on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no base role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a permission to read what it allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Permissions&lt;/b&gt; (hover or select one for its help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who holds this permission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a permission first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a predefined system role: read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sanctions list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML files (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the UN Security Council Consolidated List (XML) you downloaded; every user is screened again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization to screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users I may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names scoring at least this much (0-100) are shown; lower finds more look-alikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which matches to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open possible matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, with decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a possible match to read what the list says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you checked (kept with the decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear (not them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the {0:,} highest scores shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} possible matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No possible match selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; ({1}) looks like &lt;b&gt;{2}&lt;/b&gt; ({3}, {4}): score &lt;b&gt;{5}&lt;/b&gt; on “{6}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} (logged with your comment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was not imported; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening users: {0:,} of {1:,}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0}: {1:,} entries. Screened {2:,} users: {3:,} new possible matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened {0:,} of {1:,} users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened {0:,} users: {1:,} new possible matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold {0} saved; it applies from the next screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits from your app, or a recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator asks for two-factor sign-in. Scan this code with an authenticator app (or type the key below into it), then type the six-digit code the app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor key as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code from the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn on two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The help desk gave you this password for one sign-in. Choose your own now (at least 12 characters; spaces are fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor is on. Keep these recovery codes somewhere safe: each one signs you in once if you lose your phone. &lt;b&gt;They are shown only now.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have kept them — &amp;open the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as &lt;b&gt;{0}&lt;/b&gt; ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Type the code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;It is shown only now.&lt;/b&gt; Copy it before you close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The clipboard is cleared in {0} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out after {0} hours; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out after {0} minutes without activity; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity &amp;providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment settings file has values the console ignores: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation link &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset link te&amp;mplate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://portal.example.org/activate?token={token} (empty: the code alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow deleting archived users &amp;permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the clipboard &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keychain; empty: unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test message was sent to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was not sent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM Console — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;IAM Console&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have an &amp;activation or reset code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no administrator yet. Create the first system administrator; there is no default account or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not remembered: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database — sign in as &lt;b&gt;{0}&lt;/b&gt; with the password &lt;b&gt;{1}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console cannot open this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problem above, choose another connection, or start the console with --database to choose another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your browser at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser opened the sign-in page of &lt;b&gt;{0}&lt;/b&gt;. Sign in there; the console continues by itself once you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing you in as last time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were not signed in as last time: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is set. Sign in with it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator created. Sign in with the password you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation link for &lt;b&gt;{name}&lt;/b&gt;. With it they choose their password and their account becomes active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password reset link for &lt;b&gt;{name}&lt;/b&gt;. With it they choose a new password (their two-factor sign-in stays as it is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token &lt;b&gt;{label}&lt;/b&gt; of &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It works once, until {0:%Y-%m-%d %H:%M}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It works until {0:%Y-%m-%d %H:%M}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set up (Settings → Email); copy the link and pass it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email is on its way to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email was not sent: {0} Copy the link and pass it on instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: without one the user awaits activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Organizations&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Role assignments&lt;/b&gt; (role in an organization, optionally one location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole organization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (origin: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} of {1:,} events checked…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
