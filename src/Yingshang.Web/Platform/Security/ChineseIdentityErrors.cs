using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Yingshang.Web.Platform.Security;

internal sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), string.Create(CultureInfo.InvariantCulture, $"密码至少 {length} 位"));
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "密码须包含数字");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "密码须包含小写字母");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "密码须包含大写字母");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "密码须包含符号（如 # @ !）");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"用户名“{userName}”已被使用");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), $"用户名“{userName}”只能包含字母、数字和 . - _ @");
    public override IdentityError DuplicateRoleName(string role) => E(nameof(DuplicateRoleName), $"角色“{role}”已存在");
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), $"用户已具有角色“{Roles.Title(role)}”");
    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), $"用户不具有角色“{Roles.Title(role)}”");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "密码错误");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "该用户已被他人修改，请刷新后重试");

    private static IdentityError E(string code, string description) => new() { Code = code, Description = description };
}
