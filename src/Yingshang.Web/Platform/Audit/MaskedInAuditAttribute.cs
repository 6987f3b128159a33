namespace Yingshang.Web.Platform.Audit;

/// <summary>
/// A property holding a phone number (or text with one): <see cref="AuditTrail"/> keeps it masked in the entries it
/// writes (<c>138****5678</c>), because the audit log is read without a reveal and full numbers are shown only through
/// one (Features/Appeals/README.md, "Privacy").
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MaskedInAuditAttribute : Attribute;
