<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>No safe keychain is available (found: {0}). On Linux, run a Secret Service such as GNOME Keyring or KWallet; the console never keeps passwords in files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to store it: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider says its issuer is “{0}”, not “{1}”. Copy the issuer URL exactly as the provider publishes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s configuration lacks {0}; it is not an OpenID Connect provider the console can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not support PKCE with S256, which the console requires for a desktop program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider at {0} cannot be reached ({1}). Check the network and the issuer URL, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered HTTP {0} when asked for {1} ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer for {0} is not JSON ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer for {0} is not a JSON object ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect listener only listens on a loopback address, not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser did not come back within {0} minutes. If the provider showed an error page, check the provider settings (client id, redirect), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in was answered already (a reused state); start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the browser does not belong to this sign-in (the state does not match). Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer came from another identity provider ({0}); start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer holds no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider could not be reached to finish the sign-in ({0}); try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined at the provider (you cancelled, or did not give consent). Try again if that was not intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not accept this console&apos;s client id ({0}); check the provider settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the sign-in: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the sign-in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the sign-in code (used already, expired, or not issued for this console). Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not accept this console&apos;s client id or secret; check the provider settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the token request: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console only accepts its answer on a loopback address (127.0.0.1 or [::1]), not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered sign-in is no longer valid at the provider ({0}); sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider cannot be reached to renew the remembered sign-in ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s ID token is not a signed token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token is signed with “{0}”, which the console does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s signing keys cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token is signed with a key the provider does not publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token has expired; check this computer&apos;s clock and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token was issued for another application (wrong audience).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token comes from another issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token is not valid: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token&apos;s signature does not verify: it was altered or not signed by this provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token was issued for another application (authorized party).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token does not belong to this sign-in (the nonce does not match). Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s user details belong to someone else than the ID token; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer is a URL such as https://login.example.org/realms/staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer must use https:// (plain http only for a provider on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {0} characters (spaces and any letters count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is among the most common ones; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the email address&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long or holds “]”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose SQLite or PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (PostgreSQL uses 5432).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name on the database server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is on a network share. SQLite files there get damaged when the share drops or several desktops write at once. Copy it to this computer, or use a PostgreSQL server for a shared database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {0} does not exist. Create it, or choose another database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {0} cannot be read (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {0} is read-only. The console needs to write to it: ask for write access or copy it somewhere you can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a database in {0}: the folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a database URL or file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console works with SQLite files and PostgreSQL, not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the database {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not an IAM Console database (it holds other tables). Choose another file, or an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was made by a newer version of IAM Console (schema {1}). Install the newer version to open it; this version leaves the database untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading {0} left {1} row(s) referring to missing records (first in table {2}). Restore the file from a backup and report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a database file (it may be damaged, or be some other kind of file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is read-only; the console needs to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password of the user “{0}”. Check the user name and password of the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database named “{0}”. Ask its administrator to create it (an empty database is enough), or fix the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at {0}:{1}. Check the host and port, and that the server runs and accepts connections from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {0}:{1} does not answer like PostgreSQL. Check the port: PostgreSQL usually listens on 5432.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user “{0}” may not create or change the console&apos;s tables in “{1}”. Make that user the database&apos;s owner (ALTER DATABASE … OWNER TO …), or connect as its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {0} failed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your deployment ({0}); ask whoever manages this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the permission “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot delete your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is a predefined system role and is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation does not allow deleting users permanently (Settings → Accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not awaiting approval (status {1}); another administrator may have decided already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another administrator changed this user after you opened it; your choices are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one organization for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs “{0}” in the whole directory: it covers every organization&apos;s events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is broken at {0}: this event was changed, or an event before it was removed or inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain ends at event #{0}, but the log&apos;s newest event was #{1}: events were removed from the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administration log is intact: {0:,} events checked (since the purge of events up to #{1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administration log is intact: {0:,} events checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} events before {1:%Y-%m-%d %H:%M} UTC purged; the chain now starts after event #{2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} events exported as {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event does not exist or is outside the part of the log you may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed own profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed a role&apos;s holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded a permission catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a log event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged old log events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
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
        <source>Permission catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
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
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
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
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue activation links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from “{0}” (and the roles held there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign “{0}” in “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{0}” in “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own account (ask another administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is {0}; “{1}” does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is {0}, not awaiting activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in that organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in that organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already holds that role there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not hold that role there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own roles (ask another administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} users are more than one bulk action takes ({1:,}); narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the organizations you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be reached; stopped here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} done, {1:,} skipped, {2:,} failed, {3:,} not reached (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} done, {1:,} skipped, {2:,} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must hold applications and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file declares no applications ([applications.NAME] with a title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists no permissions ([[permissions]]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must be a table with a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must be a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission {0} (“{1}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} names the application “{1}”, which the file does not declare under [applications].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is over 5 MB; is it a catalogue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” already belongs to the application “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the file&apos;s columns ({0}) is mapped to {1} field; choose a column for each field.</source>
        <comment>, </comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds: {0}.</source>
        <comment>, </comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column is chosen for two fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than {0} MB; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line {0} holds a byte UTF-8 does not allow). In Excel, save it as “CSV UTF-8” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than {0:,} rows; split it into files of at most {1:,} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0} has {1} cells but the header has {2}. Check the separators ({3!r}) and quotes on that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid CSV near line {0}: {1}.{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column of the header has no name; name every column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns of the header have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset the credentials of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the role, in the organization, to the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists; another administrator deleted them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} and below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is {0}: it holds nothing. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user “{0}” that you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role and an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account awaits approval by an administrator. You can sign in once they have approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is {0}; it cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no access to the console. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider named “{0}” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scopes must include openid (for example: {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the one claim that holds the username, for example preferred_username or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identity provider was removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another administrator changed this provider after you opened it; your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user is affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This affects {0} in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} no longer exists; another administrator deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the role “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role that anyone holds is not deleted: remove its assignments first, or make it inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the role “{0}” inactive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove permissions from the role “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its holders lose every permission it gives until it is made active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its holders lose: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is based on it and loses {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the organization “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its locations are deleted with it. An organization that still has users, sub-organizations or role assignments is not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the organization “{0}” inactive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the organization “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its users cannot act in it, and every role assigned in it stops counting until it is made active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It moves from under “{0}” to under “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity providers are set by your deployment ({0}); ask whoever manages this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a score from 50 (many possible matches) to 100 (exact names only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number from {0} to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link must hold {token} where the code goes, for example https://portal.example.org/activate?token={token}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (587 for STARTTLS, 465 for TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose STARTTLS, TLS or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address the console&apos;s emails come from.</source>
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
        <source>You cannot change the status of your own account; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is {1}; “{2}” does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation does not allow deleting users permanently (Settings → Accounts). Archived users stay restorable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted user #{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set up (Settings → Email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the recipient&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the message: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server {0}:{1} cannot be reached ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” (new, line {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization named “{0}” exists already (names are compared without regard to case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization “{0}” is on line {1} as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization “{0}” in the directory or in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows are each other&apos;s parents (a circle): {0}.</source>
        <comment>, </comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” (line {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken since the check: another organization now has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its parent “{0}” from this file was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its parent “{0}” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from {0}, line {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization no longer exists; another administrator deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is outside the organizations you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind must be internal or external.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location “{0}” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization named “{0}” already exists (names are compared without regard to case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen parent organization no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization cannot be placed under itself or under one of its own sub-organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location “{0}” is used by {1} role assignment(s); remove those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another administrator changed this organization after you opened it. Reload to see their version; your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” has {1} user(s). Move or remove them before deleting the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” has {1} sub-organization(s). Move or delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is the scope of {1} role assignment(s). Remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sort by {0!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See users, their organizations and roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, edit, deactivate and delete users and change their organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give users roles and take roles away, only roles whose every permission you hold yourself in that place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset passwords, unlock accounts, resend activation links and reset two-factor authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete users permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete archived users for good, leaving an anonymized record that the administration log refers to (only where the installation allows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See organizations and their locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, edit and delete organizations and their locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See roles and the permissions they hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, edit and delete custom roles and choose their permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the administration log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read who changed what, where and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge the administration log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete administration log events older than a date (the purge is itself logged, and the rest of the log still verifies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load permission catalogues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the permissions of administered applications from a catalogue file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change console settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the installation&apos;s account rules (passwords, lockout, token lifetimes, links) and its mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes sub-organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role&apos;s permissions apply in the organization it is assigned in and in all of its sub-organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role&apos;s permissions apply in every organization, and to users who belong to none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the console can do, in the whole directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users, organizations and role assignments in the organization it is assigned in and below it; grants only permissions the holder has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users of the organization it is assigned in, and their roles; cannot touch accounts that hold more than the holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds users and resets passwords, unlocks, resends activation and resets two-factor, in the organization and below; no role changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the administration log of the organization and below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views the users, organizations and roles of the organization it is assigned in; changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages the users of its own external (partner) organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only access for a partner organization&apos;s people to their own organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see every user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is in {1}, where you may see users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is outside the organizations you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} belongs to no organization; only an administrator of the whole directory may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is in {1}, where you do not hold “{2}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold “{0}” where {1} belongs, and everything their roles give them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not hold “{0}” in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” gives “{1}”, which you do not hold in {2}; nobody gives more than they hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold “{0}” and every permission of “{1}” in {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold “{0}” in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles apply wherever they are assigned, so defining them needs “{0}” in the whole directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not hold “{0}” in the whole directory, so you cannot put it in a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold every permission of this role everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would leave no active system administrator. Make someone else a system administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile was changed (by an administrator or on another desktop) after you opened it. Reload to see it; your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose never, daily or weekly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(through {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent no ID token; is the openid scope set?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent neither an ID token nor user details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is not remembered: the provider gave no refresh token (it needs the offline_access scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is not remembered: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role no longer exists; another administrator deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role named “{0}” already exists (names are compared without regard to case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown permission(s): {0}</source>
        <comment>, </comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen base role no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role cannot be based on itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role based on “{0}” may hold only its permissions; remove: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is a predefined system role and is read-only. Create a role based on it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another administrator changed this role after you opened it. Reload to see their version; your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its base role “{0}” no longer holds {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is assigned to {1} user(s). Remove those assignments before deleting it, or make the role inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} role(s) are based on “{1}”. Delete or change them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected the UN Security Council Consolidated List in its published XML format: a &lt;CONSOLIDATED_LIST&gt; root holding &lt;INDIVIDUALS&gt; and &lt;ENTITIES&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 100 MB; that is not a sanctions list this console reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN Security Council Consolidated List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user is not one you may screen (or no longer exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} users screened, {1:,} new possible matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why (what you checked): the comment is kept with the decision in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This possible match no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is not right, or it was used already. Type the code your app shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in took too long or was already used. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} failed sign-ins in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account needs another sign-in step ({0}); sign in from the console&apos;s window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password other than the one the help desk gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator was created meanwhile; sign in instead.</source>
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
        <source>{0} is {1}, not awaiting activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is {1}; only active users get this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lifetime from 1 to {0} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not known. Check that you pasted all of it, or ask the help desk for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has been used already. Ask the help desk for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code was withdrawn (a newer one replaced it). Use the newest one you got.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code expired on {0:%Y-%m-%d at %H:%M} UTC. Ask the help desk for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the code, or the whole link, that you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has been used already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is {0}; the code cannot be used. Ask the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has not set up two-factor sign-in; there is nothing to reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code does not match. Check the time on your phone, then type the code the app shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another administrator changed this record after you opened it. Reload to see their version; your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another administrator saved a conflicting record at the same moment (the same name, or a record yours refers to was removed). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” says no organization; write it as “Role @ Organization” (or “@ Organization / Location”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role “{0}” is inactive and cannot be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” can only be assigned in {1} organizations; “{2}” is {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” has no location “{1}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with the {0} “{1}” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} “{1}” is on line {2} as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken since the check: another user now has this {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in for {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived (deleted users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username cannot change (it is “{0}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username “{0}” is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email {0} belongs to another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization you chose no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role you chose no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen location does not belong to the assignment&apos;s organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same role is assigned twice in the same place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another administrator changed this user after you opened it. Reload to see their version; your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody changes their own roles; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is too long: {1} characters, at most {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not an email address (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username needs at least 2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username may hold letters, digits and . _ @ - only, no spaces, and starts with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone may hold digits, spaces, + ( ) - . / only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
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
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
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
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk action — {0:,} {1} selected</source>
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
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking each user…</source>
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
        <source>skipped</source>
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
        <source>{0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
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
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
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
        <source>This is your own account; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only users awaiting activation get an activation link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active users get a password reset link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no valid link to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active users get API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no valid API token.</source>
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
        <source>Two-factor is required from the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor is no longer required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} permanently? Their name, email and credentials are erased and cannot be restored; the administration log keeps what it recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: done.</source>
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
        <source>Save</source>
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
        <source>Something unexpected went wrong ({0}). Your input is kept; try again. If it happens again, choose Details… and copy them for whoever looks after the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached or is busy. Nothing was changed; your input is kept. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the request. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
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
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}:</source>
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
        <source>(nobody signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>console {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} “{1}” (id {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  ({1}, in {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  (event {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your deployment</source>
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
        <source>{0:,} shown, more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} shown</source>
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
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {0} from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations and roles may hold several entries separated by “|”; a role is written “Role @ Organization” or “Role @ Organization / Location”. No passwords: every imported user gets an activation link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; each is pending with an activation link (copy them all, or send each by email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind is internal or external (empty: the parent&apos;s kind). The parent may be an organization of the directory or another row of the file (parents are created first). Several locations are separated by “|”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, parents before their sub-organizations.</source>
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
        <source>{0} *:</source>
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
        <source>The file</source>
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
        <source>Check the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
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
        <source>Import {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
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
        <source>Imported &lt;b&gt;{0:,}&lt;/b&gt; {1} from {2}</source>
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
        <source>Send activation links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
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
        <source>Export to CSV</source>
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
        <source>Export {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {0}…</source>
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
        <source>All matching selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} selected</source>
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
        <source>The database is reachable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached. Your input is kept; the console keeps trying to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
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
        <source>Exporting events…</source>
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
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who (type a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (type a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization (and below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
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
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one operation</source>
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
        <source>Searching the whole log for the text… (choose a time range for a quick answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} events shown, more as you scroll</source>
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
        <source>Only an administrator changes this.</source>
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
        <source>Open {0}: {1}</source>
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
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
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
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
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
        <source>…{0}</source>
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
        <source>&lt;b&gt;Yes.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No.&lt;/b&gt;</source>
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
        <source>A connection with this name exists already.</source>
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
        <source>No event is older than that date; nothing was purged.</source>
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
        <source>Code</source>
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
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
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
        <source>Screen users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening…</source>
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
        <source>Minimum password &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after &amp;failures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First lockout lasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min (doubles each time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activation links work for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset links work for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out after &amp;idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again a&amp;fter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h in any case</source>
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
        <source>None (a trusted network only)</source>
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
        <source>Enter the address to send the test to.</source>
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
        <source>Enter your username.</source>
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
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization of the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of the assignment</source>
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
        <source>Verify administration log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the administration log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administration log was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} of {1:,} events checked…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
