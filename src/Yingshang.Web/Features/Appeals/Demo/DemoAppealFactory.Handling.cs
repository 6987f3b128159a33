using Yingshang.Web.Features.Appeals.Sla;

namespace Yingshang.Web.Features.Appeals.Demo;

internal sealed partial class DemoAppealFactory
{
    /// <summary>One appeal's handling after dispatch: return, reassignment, the three clocks, pause, extension, visit, reopening.</summary>
    private sealed class Handling(DemoAppealFactory f, Appeal appeal, DemoTopic topic, Dictionary<string, string> words, DemoUnit county)
    {
        private DemoUnit _unit = null!;

        public void Run(DateTimeOffset t, DemoUnit unit)
        {
            _unit = unit;
            if (!Redirect(ref t)) return;
            Round(t, 0.0, first: true);
        }

        /// <summary>退单 (approved or not) and 改派 before signing; false when the story ends before <c>end</c>.</summary>
        private bool Redirect(ref DateTimeOffset t)
        {
            if (f._random.NextDouble() < 0.035)
            {
                if (!At(ref t, f.Between(1, 20))) return false;
                appeal.RequestReturn(Handler(t), "经核实不属于本部门职责范围，申请退回重新派单");
                if (!At(ref t, f.Between(1, 8))) return false;
                if (f._random.NextDouble() < 0.7)
                {
                    appeal.ApproveReturn(Lead(t), "同意退回");
                    if (!At(ref t, f.Between(1, 4)) || !f.Fits(t, 22)) return false;
                    _unit = Other();
                    appeal.Dispatch(f.Centre(t), f.Describe(_unit), SlaMatrix.Default(appeal.Type, appeal.Urgency));
                }
                else
                {
                    appeal.RejectReturn(Lead(t), "属于本部门职责，请继续办理");
                }
            }
            if (f._random.NextDouble() < 0.03 && appeal.Allows(AppealAction.Reassign))
            {
                if (!At(ref t, f.Between(0.3, 5)) || !f.Fits(t, 22)) return false;
                _unit = Other();
                appeal.Reassign(f.Centre(t), f.Describe(_unit), SlaMatrix.Default(appeal.Type, appeal.Urgency), "原派单部门不准确，改派");
            }
            return true;
        }

        private void Round(DateTimeOffset t, double bonus, bool first)
        {
            var q = Math.Min(0.99, Quality(_unit.Code) + bonus);
            if (!Until(ref t, appeal.SignDueAt, q + 0.03)) return;
            appeal.Sign(Handler(t));
            if (f._random.NextDouble() < 0.02)
            {
                if (!At(ref t, f.Between(1, 24))) return;
                appeal.Pause(f.Centre(t), "需现场勘验和第三方鉴定，暂停计时");
                if (!At(ref t, f.Between(24, 120)) || !f.Fits(t, 22)) return;
                appeal.Resume(f.Centre(t), "鉴定完成，恢复计时");
            }
            if (!Until(ref t, appeal.ContactDueAt, q)) return;
            appeal.Contact(Handler(t), "已电话联系诉求人，了解具体情况并约定现场核查时间");
            if (f._random.NextDouble() < 0.06 && appeal.Allows(AppealAction.RequestExtension))
            {
                if (!At(ref t, f.Between(2, 48))) return;
                appeal.RequestExtension(Handler(t), f._random.Next(3, 11), "涉及多个部门协调，需延期办理");
                if (!At(ref t, f.Between(1, 24))) return;
                if (f._random.NextDouble() < 0.85 && f.Fits(new DateTimeOffset(appeal.DispatchedAt!.Value, TimeSpan.Zero), 32))
                    appeal.ApproveExtension(Lead(t), "同意延期");
                else appeal.RejectExtension(Lead(t), "请按原时限办结");
            }
            if (!Until(ref t, appeal.CloseDueAt, q - 0.03)) return;
            appeal.SubmitReply(Handler(t), Fill(topic.Reply, words));
            if (!At(ref t, f.Between(1, 30))) return;
            appeal.Close(f.Centre(t), "答复内容符合要求，予以办结");
            if (!At(ref t, f.Between(4, 72))) return;
            if (f._random.NextDouble() < 0.07)
            {
                appeal.RecordVisit(f.Centre(t), new VisitResult(true, null, null), "多次拨打电话无人接听");
                if (f._random.NextDouble() < 0.5 || !At(ref t, f.Between(24, 72))) return;
            }
            var resolved = f._random.NextDouble() < q;
            var satisfaction = resolved
                ? f._random.NextDouble() < q ? 5 : f._random.NextDouble() < 0.7 ? 4 : 3
                : f._random.Next(1, 4);
            appeal.RecordVisit(f.Centre(t), new VisitResult(false, resolved, satisfaction), null);
            if (!first || !appeal.Allows(AppealAction.Reopen) || f._random.NextDouble() >= 0.6) return;
            if (!At(ref t, f.Between(2, 24)) || !f.Fits(t, 22)) return;
            appeal.Reopen(f.Centre(t), "回访诉求人反映问题未解决，重新办理");
            Round(t, 0.1, first: false);
        }

        /// <summary>Moves to the next step a few hours later; false when that lies after <c>end</c>.</summary>
        private bool At(ref DateTimeOffset t, double hours)
        {
            t = t.AddHours(hours);
            return t <= f._end;
        }

        /// <summary>A milestone reached in time with probability <paramref name="onTime"/>, otherwise after its deadline.</summary>
        private bool Until(ref DateTimeOffset t, DateTime? dueUtc, double onTime)
        {
            var due = dueUtc is { } d ? new DateTimeOffset(d, TimeSpan.Zero) : t.AddHours(4);
            t = due <= t ? t.AddHours(f.Between(0.2, 24))
                : f._random.NextDouble() < onTime ? t + (due - t) * f.Between(0.05, 0.85)
                : due.AddHours(f.Between(0.5, 96));
            return t <= f._end;
        }

        private DemoUnit Other()
        {
            for (var attempt = 0; attempt < 5; attempt++)
            {
                var other = f.Target(DemoAppealTopics.All[f._random.Next(DemoAppealTopics.All.Length)].Department, county);
                if (other.Id != _unit.Id) return other;
            }
            return f._departments[_unit.Code == "market" ? "urban-management" : "market"];
        }

        private AppealContext Handler(DateTimeOffset t) => new($"demo.{_unit.Code}", $"{_unit.Name}承办人", t, f._calendar);

        private AppealContext Lead(DateTimeOffset t) => new($"demo.{_unit.Code}", $"{_unit.Name}负责人", t, f._calendar);
    }
}
