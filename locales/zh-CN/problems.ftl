# 在文件和账簿中发现的问题：授权密钥（`serve`）、`check`、导入和配置文件。

## 授权密钥和主机密钥（`partnerdesk serve`）

ssh-auth-refused = 身份验证被拒绝：{ $why }
ssh-refused-unknown-key = 未知密钥
ssh-refused-rsa-sha1 = 使用 SHA-1 签名的 RSA
ssh-refused-expired = 密钥的 expiry-time 已过
ssh-refused-not-from = 该地址不在密钥的 from= 列表中
ssh-refused-not-in-book = 该密钥（第 { $line } 行）指定的 { $email } 不在账簿中
ssh-key-options-malformed = 选项格式错误（{ $detail }）
ssh-key-not-a-key = 不是 OpenSSH 公钥（{ $detail }）
ssh-key-access-unknown = PARTNERDESK_ACCESS 只能是 read-only 或 read-write，不能是“{ $value }”
ssh-key-command = 不支持 command=：partnerdesk 只运行它自己
ssh-key-cert-authority = 不支持 cert-authority
ssh-key-option-unknown = 未知选项“{ $option }”
ssh-key-no-user = 没有 partnerdesk 用户：请在密钥前加上 environment="PARTNERDESK_USER=EMAIL"
ssh-key-not-an-option = “{ $word }”不是选项（只有 read-only 是）
ssh-key-expiry-malformed = expiry-time“{ $value }”不是 YYYYMMDD[HHMM[SS]] 格式
ssh-key-twice = { $path }：同一密钥出现在第 { $first } 行和第 { $second } 行；一个密钥只能指定一个用户
ssh-keys-writable = 授权密钥文件 { $path } 可被他人写入（权限 { $mode }）；请运行 `chmod go-w { $path }`
ssh-keys-unreadable = 无法读取授权密钥文件 { $path }
ssh-keys-not-reloaded = SIGHUP：授权密钥未更改：{ $why }
ssh-host-key-open = 主机密钥 { $path } 可被他人读取或写入（权限 { $mode }）；请运行 `chmod 600 { $path }`
ssh-host-key-unreadable = 无法读取主机密钥 { $path }
ssh-host-key-not-a-key = { $path } 不是 OpenSSH 私钥
ssh-host-key-no-random = 无法读取系统随机源来生成新的主机密钥
ssh-host-key-not-encoded = 无法编码新的主机密钥
ssh-host-key-not-written = 无法写入主机密钥 { $path }
