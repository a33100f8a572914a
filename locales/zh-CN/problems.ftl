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

## `partnerdesk check`（以及它拒绝的恢复）：每个问题都指出其表和键

check-unknown-table = 表 { $table }：不是此 partnerdesk 认识的表（由更新版本的 partnerdesk 写入？），因此其记录未被检查；此 partnerdesk 将拒绝备份或导出
check-unreadable = 表 { $table }：无法读取：{ $error }
check-unreadable-past = 表 { $table }：此处之后无法读取：{ $error }
check-damaged = { $damaged }：{ $cause }
record-damaged = 表 { $table }：记录已损坏（{ $why }），因此不予显示；`partnerdesk check` 会列出所有损坏的记录
record-damaged-at = 表 { $table }，键 { $key }：记录已损坏（{ $why }），因此不予显示；`partnerdesk check` 会列出所有损坏的记录
record-too-short = 太短，不是一条记录
record-checksum = 校验和不匹配
record-unreadable = 无法读取
record-holds-country = 其中的国家/地区代码 { $code } 不符合 ISO 3166-1
record-holds-language = 其中的语言“{ $language }”不是 partnerdesk 支持的语言
record-holds-zone = 其中的时区“{ $zone }”不在时区数据库中
check-misfiled = 表 { $table }，键 { $key }：存放的是{ $held ->
    [tenant] 租户 { $holds }
    [offer] 优惠 { $holds }
    [record] 记录 { $holds }
    [name] “{ $holds }”
   *[id] { $holds }
}
check-audit-gap = 表 { $table }：日志从记录 { $from } 跳到 { $to }
check-no-such-user = 表 { $table }，键 { $key }：指向的不是账簿中的合作伙伴用户
check-no-such-partner = 表 { $table }，键 { $key }：指向的不是目录中的合作伙伴
check-no-such-invitation = 表 { $table }，键 { $key }：指向的不是账簿中的邀请
check-empty = 表 { $table }，键 { $key }：为空（不应保留）
check-row-not-made = 无法生成 { $company }（{ $tenant }）的列表行
check-row-mismatch = 表 { $table }：{ $company }（{ $tenant }）的列表行与其记录不符
check-row-without-customer = 表 { $table }：{ $company }（{ $tenant }）的列表行没有客户记录
check-held-twice = { $subscription } 同时属于两个客户：{ $first } 和 { $second }
check-holder-wrong = 表 { $table }，键 { $key }：将 { $tenant } 记为 { $subscription } 的持有者，但持有者是 { $holder }
check-holder-of-nothing = 表 { $table }，键 { $key }：将 { $tenant } 记为 { $subscription } 的持有者，但没有客户持有该订阅
check-holder-missing = 表 { $table }：缺少 { $tenant } 的 { $subscription }
check-use-misfiled = 表 { $table }，键 { $key }：存放的是 { $tenant } 对 { $invitation } 的使用
check-terms-without-invitation = 表 { $table }，键 { $key }：{ $invitation } 的条款，但账簿中没有该邀请
check-uses-miscounted = 表 { $table }，键 { $key }：计为 { $counted } 次使用，{ $uses_table } 中有 { $found } 次
check-uses-without-terms = 表 { $table }：有 { $invitation } 的使用，但账簿中没有其条款
check-no-such-relationship = 表 { $table }，键 { $key }：指向 { $relationship }，但账簿中没有该关系
check-other-customer = 表 { $table }，键 { $key }：指向客户 { $customer }，但 { $relationship } 属于 { $holder }
check-no-such-group = 表 { $table }，键 { $key }：指向安全组 { $group }，但账簿中没有该组
check-unknown-external-kind = 表 { $table }，键 { $key }：不是 partnerdesk 保存的外部 ID 类型
check-external-dangling = 表 { $table }，键 { $key }：指向 { $id }，但账簿中没有它
check-not-a-book = 表 meta，键 "kind"：不属于 partnerdesk 账簿
check-schema-missing = 表 meta，键 "schema_version"：缺失，应为 { $expected }
check-schema-other = 表 meta，键 "schema_version"：{ $found }，应为 { $expected }
check-schema-unreadable = 表 meta，键 "schema_version"：{ $error }
check-migration-log-unreadable = 表 meta，键 { $key }：{ $error }
check-counter-damaged = 表 meta，键 { $key }：计数器已损坏
check-counter-behind = 表 meta，键 "next_{ $series }"：下一个 ID 是 { $next }，但 { $highest } 已在使用中
check-relationship-listed = 表 { $table }：为租户 { $tenant } 列出了关系 { $relationship }，但该租户没有此关系
check-relationship-missing = 表 { $table }：缺少租户 { $tenant } 的关系 { $relationship }
check-index-extra = 表 { $table }，键 { $key }：指向 { $value }，但没有记录提到它
check-index-missing = 表 { $table }：缺少 { $key } → { $value }

## 配置文件

config-refused-at = 配置文件 { $path }，第 { $line } 行：{ $why }
config-refused = 配置文件 { $path }：{ $why }
config-unreadable = 无法读取配置文件 { $path }
config-unknown-key = 未知的键“{ $key }”；可用的键有 { $keys }
config-not-one-key = { $action } 的“{ $key }”不是单个按键（请按按键脚本的写法："R"、"<C-o>"、"<F2>"）
config-no-key = 没有为 { $action } 指定按键

## `partnerdesk import`：整个被拒绝的文件，逐项被拒绝的条目

import-invalid-file = { $file }：不是有效的 { $format } 文件：{ $reason }
import-invalid-file-at = { $file }：不是有效的 { $format } 文件：{ $reason }（位于 { $at }）
import-at-byte = 第 { $byte } 字节
import-at-line = 第 { $line } 行
import-at-line-column = 第 { $line } 行第 { $column } 列
import-at-item = 第 { $item } 项
import-no-organization = 此账簿还没有合作伙伴组织：请先用 `partnerdesk init` 建立，再导入
import-export-not-merged = { $file }：导出文件只能还原到新账簿，不能合并
import-domain-taken = 域 { $domain } 在账簿中属于 { $company }（租户 { $tenant }）
import-login-taken = { $email } 已是账簿中另一个客户的用户
import-customer-missing = 客户 { $customer } 不在账簿中；请先导入客户列表（pc-customers）
import-tenant-missing = 客户租户 { $tenant } 不在账簿中；请先导入客户列表（pc-customers）
import-partner-unknown = 记录合作伙伴 { $partner } 不是账簿已知的合作伙伴；请先将其添加到目录（合作伙伴选项卡，n），然后重新导入
import-subscription-gone = 合作伙伴中心订阅 { $external } 已导入为 { $id }，但 { $company } 已不再拥有它
import-licences-assigned = { $id } 已有 { $assigned } 个许可证分配给用户，多于文件中的 { $quantity } 个；请先取消分配
import-name-taken = “{ $name }”已是 { $other } 的名称；合作伙伴的管理关系名称必须唯一
import-csv-not-utf8 = 这不是 UTF-8 文本；请在电子表格中另存为“CSV UTF-8”
import-csv-missing-columns = 标题行没有 { $missing } 列（现有列：{ $columns }）
import-csv-cells = 某行有 { $cells } 个单元格，而标题行有 { $expected } 个
import-required = { $field }：必填
import-offer-required = { $field }：必填（或 { $or }，或 { $or_else }）
import-field = { $field }：{ $why }
import-country-code = { $field }：“{ $value }”不是 VN、TR 或 CN 这样的两字母国家/地区代码
import-country-iso = { $field }：“{ $value }”不是 ISO 国家/地区代码
import-cloud = { $field }：“{ $value }”不是 public、usgov、germany 或 21vianet
import-not-reseller = { $field }：{ $partner } 未获授权作为经销商
import-relationship-kind = { $field }：“{ $value }”不是 reseller、advisor、none 或 syndication
import-pc-relationship = { $field }：“{ $value }”不是合作伙伴中心使用的值
import-not-customers = 应为合作伙伴中心的客户响应：{ $shape }
import-not-customers-because = 应为合作伙伴中心的客户响应：{ $shape }：{ $why }
import-no-customer = 文件没有说明这些订阅属于哪个客户；请用 --customer TENANT 指定
import-quantity = { $field }：{ $quantity } 不是 0 到 { $max } 之间的许可证数量
import-pc-status = { $field }：“{ $value }”——partnerdesk 只保存有效、已暂停和已删除（已过期）的订阅；请在合作伙伴中心显示其中一种状态后重新导入
import-not-rfc3339 = “{ $value }”不是 RFC 3339 时间
import-duration-range = { $field }：{ $days } 天不在 { $min } 到 { $max } 天之间
import-auto-extend = { $field }：{ $days } 天；Microsoft 只会延长 { $extends } 天或不延长
import-duration-iso = { $field }：“{ $value }”不是 P730D 这样的 ISO 8601 时长
import-duration-whole-days = { $field }：“{ $value }”不是整天数
import-role-id = { $field }：“{ $value }”不是角色 ID（GUID）
import-no-roles = { $field }：一个关系至少授予一个角色
import-graph-status = { $field }：“{ $value }”不是 Microsoft Graph 文档中的状态
import-restore-not-placed = 无法将还原的账簿放到 { $path }：{ $error }
import-export-inconsistent = { $file }：还原的记录彼此不一致：{ $problems }
import-export-no-schema = { $file }：不是 partnerdesk 导出文件：没有 schema_version
import-export-no-organization = { $file }：不是 partnerdesk 导出文件：没有组织
import-export-version = 此导出文件的架构版本为 { $version }；此 partnerdesk 还原的是版本 { $restores }
import-export-null-organization = 导出文件没有组织：没有可还原的内容
import-export-unknown-field = 未知字段“{ $field }”：这不是架构版本 { $version } 的 partnerdesk 导出文件
import-user-language = 合作伙伴用户 { $email }：语言“{ $language }”不是 partnerdesk 支持的语言
import-user-zone = 合作伙伴用户 { $email }：时区“{ $zone }”不在时区数据库中
import-partner-contact = 合作伙伴 { $partner }：联系方式：{ $why }
import-partner-contact-form = 合作伙伴 { $partner }：联系方式未按 partnerdesk 的写法书写（小写、去除首尾空白）
import-customer-field = 客户 { $tenant }：{ $field }：{ $why }
import-customer-domain-case = 客户 { $tenant }：primary_domain { $domain } 未用小写书写
import-customer-user-case = 客户 { $tenant }：用户 { $email } 未用小写书写

## serve --max-startups, and the schema version record
serve-startups-not-number = “{ $text }”不是数字
serve-startups-form = 请写成 START:RATE:FULL（同 sshd 的 MaxStartups），例如 64:30:256
serve-startups-range = START 必须至少为 1 且不大于 FULL
schema-version-damaged = 架构版本记录已损坏
