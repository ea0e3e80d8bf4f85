// The catalogue's messages about settings: what is wrong with a value of a configuration field (the setup
// wizard shows them under the field as it is typed). English templates; see EngineMessage.h for how they are
// shown translated.
#pragma once

#include "domain/EngineMessage.h"

namespace orderflow::msg {

// The kinds of a JSON value (in a partner's document or a setting)
inline const EngineMessage ABoolean{QT_TRANSLATE_NOOP("engine", "a boolean")};
inline const EngineMessage ANumber{QT_TRANSLATE_NOOP("engine", "a number")};
inline const EngineMessage AString{QT_TRANSLATE_NOOP("engine", "a string")};
inline const EngineMessage AnArray{QT_TRANSLATE_NOOP("engine", "an array")};
inline const EngineMessage AnObject{QT_TRANSLATE_NOOP("engine", "an object")};
inline const EngineMessage Null{QT_TRANSLATE_NOOP("engine", "null")};

// Settings
inline const EngineMessage MustBeTextNot{QT_TRANSLATE_NOOP("engine", "must be text, not %1")};
inline const EngineMessage MustNotBeEmpty{QT_TRANSLATE_NOOP("engine", "must not be empty")};
inline const EngineMessage MustBeNot{QT_TRANSLATE_NOOP("engine", "must be %1, not %2")};
inline const EngineMessage MustBeNotDidYouMean{QT_TRANSLATE_NOOP("engine", "must be %1, not %2 (did you mean '%3'?)")};
inline const EngineMessage OfTheForm{QT_TRANSLATE_NOOP("engine", "of the form %1")};
inline const EngineMessage MustBeARegexNot{QT_TRANSLATE_NOOP("engine", "must be a valid regular expression (Perl syntax), not %1: %2 at offset %3")};
inline const EngineMessage MustBePathNot{QT_TRANSLATE_NOOP("engine", "must be a path, not %1")};
inline const EngineMessage EmptyText{QT_TRANSLATE_NOOP("engine", "empty text")};
inline const EngineMessage AWholeNumber{QT_TRANSLATE_NOOP("engine", "a whole number")};
inline const EngineMessage AWholeNumberFromTo{QT_TRANSLATE_NOOP("engine", "a whole number from %1 to %2")};
inline const EngineMessage ANumberFromTo{QT_TRANSLATE_NOOP("engine", "a number from %1 to %2")};
inline const EngineMessage AWholeNumberAtLeast{QT_TRANSLATE_NOOP("engine", "a whole number of at least %1")};
inline const EngineMessage ANumberAtLeast{QT_TRANSLATE_NOOP("engine", "a number of at least %1")};
inline const EngineMessage AWholeNumberAtMost{QT_TRANSLATE_NOOP("engine", "a whole number of at most %1")};
inline const EngineMessage ANumberAtMost{QT_TRANSLATE_NOOP("engine", "a number of at most %1")};
inline const EngineMessage MustBeUnquoted{QT_TRANSLATE_NOOP("engine", "must be %1 written without quotes (%2, not %3)")};
inline const EngineMessage MustBeBooleanUnquoted{QT_TRANSLATE_NOOP("engine", "must be true or false written without quotes, not %1")};
inline const EngineMessage MustBeBoolean{QT_TRANSLATE_NOOP("engine", "must be true or false, not %1")};
inline const EngineMessage MustBeObject{QT_TRANSLATE_NOOP("engine", "must be an object ({…}), not %1")};
inline const EngineMessage MustBeList{QT_TRANSLATE_NOOP("engine", "must be a list ([…]), not %1")};
inline const EngineMessage IsRequired{QT_TRANSLATE_NOOP("engine", "is required")};
inline const EngineMessage IsRequiredBecause{QT_TRANSLATE_NOOP("engine", "is required: %1")};
inline const EngineMessage NeedsOneOf{QT_TRANSLATE_NOOP("engine", "needs %1: %2")};
inline const EngineMessage ValueAList{QT_TRANSLATE_NOOP("engine", "a list")};
inline const EngineMessage ValueNothing{QT_TRANSLATE_NOOP("engine", "nothing")};

// Changing sources and connections (pipeline/ConfigEditor.cpp): what is refused and why
inline const EngineMessage SourceOfOrg{QT_TRANSLATE_NOOP("engine", "source '%1' (org '%2')")};
inline const EngineMessage ConnectionOfOrgShort{QT_TRANSLATE_NOOP("engine", "connection '%1' (org '%2')")};
inline const EngineMessage SourceRemovedAt{QT_TRANSLATE_NOOP("engine", "The source with id %1 was removed at %2.")};
inline const EngineMessage ConnectionRemovedAt{QT_TRANSLATE_NOOP("engine", "The connection with id %1 was removed at %2.")};
inline const EngineMessage SourceExists{QT_TRANSLATE_NOOP("engine", "Organisation '%1' already has a source named '%2' (id %3); change it with `orderflow sources edit %3`, or choose another name.")};
inline const EngineMessage ConnectionExists{QT_TRANSLATE_NOOP("engine", "Organisation '%1' already has a connection named '%2' (id %3); change it with `orderflow connections edit %3`, or choose another name.")};
inline const EngineMessage SourceKeepsName{QT_TRANSLATE_NOOP("engine", "The organisation and name of %1 stay as they are: configuration files refer to it by them. Add a new source and remove this one instead.")};
inline const EngineMessage ConnectionKeepsName{QT_TRANSLATE_NOOP("engine", "The organisation and name of %1 stay as they are: configuration files refer to it by them. Add a new connection and remove this one instead.")};
inline const EngineMessage NothingChanged{QT_TRANSLATE_NOOP("engine", "Nothing was changed; %1")};
inline const EngineMessage RemoveRefusedInUse{QT_TRANSLATE_NOOP("engine", "Nothing was removed: source(s) %1 of organisation '%2' send their orders to %3. Point them at another connection (`orderflow sources edit %2/NAME --set connection=OTHER`) or remove them first.")};
inline const EngineMessage RemoveRefusedSourceOpen{QT_TRANSLATE_NOOP("engine", "Nothing was removed: %1 has %2 order(s) not in a final state (%3). Finish them first (approve and push them, or reject them: `orderflow orders list`), or disable the source instead: `orderflow sources disable %4`.")};
inline const EngineMessage RemoveRefusedConnectionOpen{QT_TRANSLATE_NOOP("engine", "Nothing was removed: %1 has %2 order(s) in flight (%3); removing it would strand them. Let them reach a final state (delivered and acknowledged, or rejected: `orderflow orders list`), or disable the connection instead: `orderflow connections disable %4`.")};
inline const EngineMessage NoCircuitToReset{QT_TRANSLATE_NOOP("engine", "Connection %1 was removed; there is no circuit to reset.")};

// Applying configuration (storage/ConfigRepository.cpp)
inline const EngineMessage SecretInline{QT_TRANSLATE_NOOP("engine", "%1.%2 holds a secret inline. Secrets are never stored in configuration: store it with `orderflow secrets set KIND/ID/%2` and write {\"secret\": \"KIND/ID/%2\"}, or name an environment variable with '%2_env' (or a key file path) instead.")};
inline const EngineMessage NoActiveConnection{QT_TRANSLATE_NOOP("engine", "Organisation '%1' has no active ERP connection; add one with `orderflow config apply FILE`.")};
inline const EngineMessage SeveralActiveConnections{QT_TRANSLATE_NOOP("engine", "Organisation '%1' has %2 active ERP connections; name one in source '%3' (\"connection\").")};
inline const EngineMessage OrgRequired{QT_TRANSLATE_NOOP("engine", "%1: 'org' (the organisation's slug) is required.")};
inline const EngineMessage NameAndTypeRequired{QT_TRANSLATE_NOOP("engine", "%1: 'name' and 'type' are required.")};
inline const EngineMessage StatusActiveOrDisabled{QT_TRANSLATE_NOOP("engine", "%1: status must be ACTIVE or DISABLED, not '%2'.")};
inline const EngineMessage OneActiveConnectionPerType{QT_TRANSLATE_NOOP("engine", "%1: organisation already has an ACTIVE %2 connection; disable it first (one active connection per type).")};
inline const EngineMessage UnknownFormatUse{QT_TRANSLATE_NOOP("engine", "%1: unknown format '%2' (use %3).")};
inline const EngineMessage ConnectionNotInOrg{QT_TRANSLATE_NOOP("engine", "%1: connection '%2' does not exist in this organisation.")};
inline const EngineMessage SkuRequired{QT_TRANSLATE_NOOP("engine", "%1: 'sku' is required.")};

// Settings that are not settings, secrets written inline, settings that do not apply (config/ConfigSchema.cpp)
inline const EngineMessage SecretFormEnv{QT_TRANSLATE_NOOP("engine", "the name of the environment variable that holds it (letters, digits and _)")};
inline const EngineMessage SecretFormFile{QT_TRANSLATE_NOOP("engine", "the path of the file that holds it")};
inline const EngineMessage SecretFormStore{QT_TRANSLATE_NOOP("engine", "{\"secret\": \"KIND/ID/FIELD\"}, an entry in OrderFlow's credential store")};
inline const EngineMessage SecretInsteadEnv{QT_TRANSLATE_NOOP("engine", "put it in an environment variable and set '%1' to that variable's name instead")};
inline const EngineMessage SecretInsteadFile{QT_TRANSLATE_NOOP("engine", "put it in a file only OrderFlow can read and set '%1' to that file's path instead")};
inline const EngineMessage SecretInsteadStore{QT_TRANSLATE_NOOP("engine", "keep it in OrderFlow's credential store and set '%1' to {\"secret\": \"KIND/ID/FIELD\"} instead")};
inline const EngineMessage MustSayWhereSecret{QT_TRANSLATE_NOOP("engine", "must say where the secret is — %1 — and never hold the secret itself")};
inline const EngineMessage ThisObject{QT_TRANSLATE_NOOP("engine", "this object")};
inline const EngineMessage HoldsSecretInline{QT_TRANSLATE_NOOP("engine", "holds a secret inline. Secrets never go into configuration: %1")};
inline const EngineMessage LooksLikeSecretInline{QT_TRANSLATE_NOOP("engine", "looks like a secret written inline. Secrets never go into configuration: put it in an environment variable and name the variable (as in '%1_env'). %2 has no '%1' setting; %3")};
inline const EngineMessage TakesNoSecrets{QT_TRANSLATE_NOOP("engine", "it takes no secrets")};
inline const EngineMessage SecretSettingsAre{QT_TRANSLATE_NOOP("engine", "its secret settings are %1")};
inline const EngineMessage NotASettingDidYouMean{QT_TRANSLATE_NOOP("engine", "is not a setting of %1; did you mean '%2'?")};
inline const EngineMessage NotASettingOf{QT_TRANSLATE_NOOP("engine", "is not a setting of %1 (its settings: %2)")};
inline const EngineMessage AppliesOnlyWhen{QT_TRANSLATE_NOOP("engine", "applies only when %1 is %2 (here %1 is %3%4); remove it or set %1")};
inline const EngineMessage ItsDefault{QT_TRANSLATE_NOOP("engine", ", its default")};

// Secrets named by a configuration (secrets/SecretResolver.cpp)
inline const EngineMessage SecretNotReadShutdown{QT_TRANSLATE_NOOP("engine", "OrderFlow is shutting down; secret %1 was not read.")};
inline const EngineMessage SecretStoreNoAnswer{QT_TRANSLATE_NOOP("engine", "The credential store did not answer within %1 ms when asked for secret %2. If it is the OS keychain, it may be locked or hung: unlock or restart it, or use the encrypted file (ORDERFLOW_SECRET_STORE=file with ENCRYPTION_MASTER_KEY).")};
inline const EngineMessage SecretNamed{QT_TRANSLATE_NOOP("engine", "secret %1")};
inline const EngineMessage SecretFieldInline{QT_TRANSLATE_NOOP("engine", "'%1' holds a secret inline. Secrets are never stored in configuration: store it with `orderflow secrets set KIND/ID/%1` and write \"%1\": {\"secret\": \"KIND/ID/%1\"}, or name an environment variable with '%2'.")};
inline const EngineMessage SecretMustBeReference{QT_TRANSLATE_NOOP("engine", "'%1' must be a reference to the credential store, {\"secret\": \"KIND/ID/FIELD\"} (e.g. {\"secret\": \"connection/7/%1\"}).")};
inline const EngineMessage SecretBothSet{QT_TRANSLATE_NOOP("engine", "'%1' and '%2' are both set; keep one of them.")};
inline const EngineMessage SecretCouldNotRead{QT_TRANSLATE_NOOP("engine", "The %1 (secret %2) could not be read: %3")};
inline const EngineMessage SecretEnvNotSet{QT_TRANSLATE_NOOP("engine", "The %1 is to be read from the environment variable %2 (config key '%3'), but that variable is not set. Set it for the OrderFlow process.")};

// The encrypted secrets file (secrets/EncryptedFileStore.cpp) and the OS keychain (secrets/KeychainStore.cpp)
inline const EngineMessage SecretsFileDamaged{QT_TRANSLATE_NOOP("engine", "The secrets file %1 is damaged: %2. It was truncated or altered; restore it from a backup, or delete it and store the secrets again with `orderflow secrets set`.")};
inline const EngineMessage MasterKeyNotSet{QT_TRANSLATE_NOOP("engine", "ENCRYPTION_MASTER_KEY is not set. Set it to 64 hexadecimal characters (a 256-bit key, e.g. from `openssl rand -hex 32`) to use the encrypted secrets file.")};
inline const EngineMessage MasterKeyWrongKey{QT_TRANSLATE_NOOP("engine", "ENCRYPTION_MASTER_KEY does not open the secrets file %1: it is not the key the file was written with (or the file's key check was altered). Set the key the file was created with. A lost key cannot be recovered: then delete the file and store the secrets again.")};
inline const EngineMessage SecretsFileUnreadable{QT_TRANSLATE_NOOP("engine", "Cannot read the secrets file %1: %2. Check its owner and permissions (it should belong to the user running OrderFlow, mode 0600).")};
inline const EngineMessage NoSecretInFileStore{QT_TRANSLATE_NOOP("engine", "There is no secret %1 in the encrypted file %2. Store it with `orderflow secrets set %1`.")};
inline const EngineMessage SecretDoesNotDecrypt{QT_TRANSLATE_NOOP("engine", "The stored value of secret %1 in %2 does not decrypt: it was altered, or copied there from another entry. Store it again with `orderflow secrets set %1`.")};
inline const EngineMessage NoSecretInKeychain{QT_TRANSLATE_NOOP("engine", "There is no secret %1 in the OS keychain (service orderflow). Store it with `orderflow secrets set %1`.")};
inline const EngineMessage KeychainAdvice{QT_TRANSLATE_NOOP("engine", "Start or unlock a secret service in this session (a desktop login with GNOME Keyring or KWallet; on a server `gnome-keyring-daemon --unlock --components=secrets` inside `dbus-run-session`), or keep secrets in the encrypted file instead (set ENCRYPTION_MASTER_KEY and ORDERFLOW_SECRET_STORE=file).")};
inline const EngineMessage KeychainTimedOut{QT_TRANSLATE_NOOP("engine", "The OS keychain did not answer within %1 ms when %2. A locked keyring waiting for its password, or a secret service that hangs, looks like this. %3")};
inline const EngineMessage KeychainStuck{QT_TRANSLATE_NOOP("engine", "The OS keychain has not answered a request made %1 s ago, so OrderFlow did not ask it again when %2. %3")};
inline const EngineMessage KeychainDenied{QT_TRANSLATE_NOOP("engine", "The OS keychain refused access when %1: %2. Unlock the keyring (log in to the desktop session, or `gnome-keyring-daemon --unlock` on a server) or allow OrderFlow access, and try again.")};
inline const EngineMessage KeychainFailed{QT_TRANSLATE_NOOP("engine", "The OS keychain failed when %1: %2. %3")};
inline const EngineMessage KeychainReadingIndex{QT_TRANSLATE_NOOP("engine", "reading the index of OrderFlow's secrets")};
inline const EngineMessage KeychainUpdatingIndex{QT_TRANSLATE_NOOP("engine", "updating the index of OrderFlow's secrets")};
inline const EngineMessage KeychainReadingSecret{QT_TRANSLATE_NOOP("engine", "reading secret %1")};
inline const EngineMessage KeychainStoringSecret{QT_TRANSLATE_NOOP("engine", "storing secret %1")};
inline const EngineMessage KeychainLookingUpToDelete{QT_TRANSLATE_NOOP("engine", "looking up secret %1 to delete it")};
inline const EngineMessage KeychainDeletingSecret{QT_TRANSLATE_NOOP("engine", "deleting secret %1")};
inline const EngineMessage KeyringLocked{QT_TRANSLATE_NOOP("engine", "the keyring is locked")};

// Choosing the credential store (secrets/CredentialStore.cpp)
inline const EngineMessage StoreShuttingDown{QT_TRANSLATE_NOOP("engine", "OrderFlow is shutting down; the credential store was not asked.")};
inline const EngineMessage KeychainHowTo{QT_TRANSLATE_NOOP("engine", "run a secret service in this session (a desktop login with GNOME Keyring or KWallet; on a server `gnome-keyring-daemon --unlock --components=secrets` inside `dbus-run-session`)")};
inline const EngineMessage MasterKeyHowTo{QT_TRANSLATE_NOOP("engine", "set ENCRYPTION_MASTER_KEY to 64 hexadecimal characters (e.g. from `openssl rand -hex 32`; keep it safe, the secrets cannot be read without it) to keep secrets in the encrypted file %1")};
inline const EngineMessage NotACredentialStore{QT_TRANSLATE_NOOP("engine", "'%1' is not a credential store; use 'keychain' (the OS keychain) or 'file' (the encrypted file).")};
inline const EngineMessage FileStoreAskedBut{QT_TRANSLATE_NOOP("engine", "%1 asks for the encrypted file, but: %2")};
inline const EngineMessage KeychainAskedNoAnswer{QT_TRANSLATE_NOOP("engine", "The OS keychain was asked for%1, but no secret service answered (%2). To use it, %3. Otherwise use the encrypted file (ORDERFLOW_SECRET_STORE=file and ENCRYPTION_MASTER_KEY).")};
inline const EngineMessage NoCredentialStore{QT_TRANSLATE_NOOP("engine", "No credential store is available for OrderFlow's secrets: no secret service (OS keychain) answered (%1), and ENCRYPTION_MASTER_KEY is not set. Either %2, or %3. ORDERFLOW_SECRET_STORE=keychain|file picks one explicitly.")};

// A configuration's problems as one text (config/ConfigDocumentSchema.cpp)
inline const EngineMessage ConfigProblemCount{QT_TRANSLATE_NOOP("engine", "%1 problems:")};

} // namespace orderflow::msg
