namespace Yingshang.Web.Platform.Audit;

/// <summary>
/// A property holding a phone number (or text with one, or a message with a one-time link): <see cref="AuditTrail"/>
/// keeps it masked in the entries it writes (<c>138****5678</c>, the link's token hidden: Notifications.MessageText),
/// because the audit log is read without a reveal and full numbers are shown only through one
/// (Features/Appeals/README.md, "Privacy").
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MaskedInAuditAttribute : Attribute;
