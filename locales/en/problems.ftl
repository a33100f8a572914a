# Problems found in files and books: the authorized keys (`serve`), `check`, imports and the
# config file. Ids here are named by src/ssh/keys.rs, src/store/check.rs, src/import/ and
# src/config.rs.

## The authorized keys and the host key (`partnerdesk serve`)

ssh-auth-refused = authentication refused: { $why }
ssh-refused-unknown-key = unknown key
ssh-refused-rsa-sha1 = RSA with SHA-1 signatures
ssh-refused-expired = the key's expiry-time has passed
ssh-refused-not-from = the address is not in the key's from= list
ssh-refused-not-in-book = the key (line { $line }) names { $email }, who is not in the book
ssh-key-options-malformed = options are malformed ({ $detail })
ssh-key-not-a-key = not an OpenSSH public key ({ $detail })
ssh-key-access-unknown = PARTNERDESK_ACCESS is read-only or read-write, not “{ $value }”
ssh-key-command = command= is not supported: partnerdesk runs only itself
ssh-key-cert-authority = cert-authority is not supported
ssh-key-option-unknown = unknown option “{ $option }”
ssh-key-no-user = no partnerdesk user: add environment="PARTNERDESK_USER=EMAIL" before the key
ssh-key-not-an-option = “{ $word }” is not an option (only read-only is)
ssh-key-expiry-malformed = expiry-time “{ $value }” is not YYYYMMDD[HHMM[SS]]
ssh-key-twice = { $path }: the same key is on line { $first } and line { $second }; a key must name one user
ssh-keys-writable = the authorized keys { $path } may be written by others (mode { $mode }); run `chmod go-w { $path }`
ssh-keys-unreadable = cannot read the authorized keys { $path }
ssh-keys-not-reloaded = SIGHUP: the authorized keys were not changed: { $why }
ssh-host-key-open = the host key { $path } may be read or written by others (mode { $mode }); run `chmod 600 { $path }`
ssh-host-key-unreadable = cannot read the host key { $path }
ssh-host-key-not-a-key = { $path } is not an OpenSSH private key
ssh-host-key-no-random = cannot read the system's random source for a new host key
ssh-host-key-not-encoded = cannot encode the new host key
ssh-host-key-not-written = cannot write the host key { $path }
