using Yingshang.Web.Features.Appeals;
using Yingshang.Web.Platform.Errors;
using static Yingshang.Tests.Appeals.AppealFixture;

namespace Yingshang.Tests.Appeals;

public sealed class AppealTransitionTests
{
    private readonly AppealFixture _f = new();

    [Fact]
    public void A_complaint_goes_from_intake_through_dispatch_sign_contact_reply_close_to_the_visit()
    {
        var appeal = _f.New();
        appeal.Status.ShouldBe(AppealStatus.Received);
        appeal.Dispatch(_f.As(), new DispatchTarget(3, "州市场监督管理局", [(4, "州住房和城乡建设局")]), Web.Features.Appeals.Sla.SlaMatrix.Default(AppealType.Complaint, AppealUrgency.Normal));
        appeal.Status.ShouldBe(AppealStatus.Dispatched);
        appeal.LeadDepartmentId.ShouldBe(3);
        appeal.CoDepartments.Select(c => c.DepartmentId).ShouldBe([4]);
        appeal.Sign(_f.As());
        appeal.Contact(_f.As(), "已联系");
        appeal.SubmitReply(_f.As(), "已处理");
        appeal.Close(_f.As(), "答复属实");
        appeal.RecordVisit(_f.As(), new VisitResult(false, true, 5), null);
        appeal.Status.ShouldBe(AppealStatus.Visited);
        appeal.Satisfaction.ShouldBe(5);
        appeal.Events.Select(e => e.Action).ShouldBe([AppealAction.Receive, AppealAction.Dispatch, AppealAction.Sign,
            AppealAction.Contact, AppealAction.Reply, AppealAction.Close, AppealAction.Visit]);
        appeal.Events[^1].FromStatus.ShouldBe(AppealStatus.Closed);
    }

    [Fact]
    public void A_consultation_can_be_answered_directly_but_a_complaint_cannot()
    {
        var consultation = _f.New(AppealType.Consultation);
        consultation.AnswerDirectly(_f.As(), "营业执照可在政务服务网办理");
        consultation.Status.ShouldBe(AppealStatus.Answered);
        consultation.SignDueAt.ShouldBeNull();
        Should.Throw<BusinessRuleException>(() => _f.New().AnswerDirectly(_f.As(), "答复"));
    }

    [Fact]
    public void An_unreachable_requester_may_be_visited_again()
    {
        var appeal = _f.Closed();
        appeal.RecordVisit(_f.As(), new VisitResult(true, null, null), "无人接听");
        appeal.VisitUnreachable.ShouldBeTrue();
        appeal.RecordVisit(_f.As(), new VisitResult(false, true, 4), null);
        Should.Throw<BusinessRuleException>(() => appeal.RecordVisit(_f.As(), new VisitResult(false, true, 4), null));
    }

    [Fact]
    public void An_unresolved_visit_leads_to_reopening_with_fresh_clocks()
    {
        var appeal = _f.Closed();
        appeal.RecordVisit(_f.As(), new VisitResult(false, false, 2), null);
        _f.Now = _f.Now.AddDays(3);
        appeal.Reopen(_f.As(), "诉求人反映仍未整改");
        appeal.Status.ShouldBe(AppealStatus.Reopened);
        appeal.ReopenCount.ShouldBe(1);
        appeal.SignedAt.ShouldBeNull();
        Local(appeal.CloseDueAt).ShouldBe(End(2026, 3, 19));
        appeal.Sign(_f.As());
        appeal.Status.ShouldBe(AppealStatus.Signed);
    }

    [Fact]
    public void A_satisfied_visit_cannot_be_reopened()
    {
        var appeal = _f.Closed();
        appeal.RecordVisit(_f.As(), new VisitResult(false, true, 5), null);
        Should.Throw<BusinessRuleException>(() => appeal.Reopen(_f.As(), null)).Code.ShouldBe("appeal-reopen-refused");
    }

    [Fact]
    public void An_approved_return_goes_back_to_dispatch_without_department_or_deadlines()
    {
        var appeal = _f.Dispatched();
        appeal.Sign(_f.As());
        appeal.RequestReturn(_f.As(), "不属于本部门职责");
        appeal.Status.ShouldBe(AppealStatus.Returned);
        appeal.ApproveReturn(_f.As(), null);
        appeal.Status.ShouldBe(AppealStatus.Received);
        appeal.LeadDepartmentId.ShouldBeNull();
        appeal.CloseDueAt.ShouldBeNull();
        appeal.ReturnCount.ShouldBe(1);
        appeal.Dispatch(_f.As(), new DispatchTarget(4, "州住房和城乡建设局", []), Web.Features.Appeals.Sla.SlaMatrix.Default(AppealType.Complaint, AppealUrgency.Normal));
        appeal.LeadDepartmentId.ShouldBe(4);
    }

    [Fact]
    public void A_rejected_return_restores_the_previous_state()
    {
        var appeal = _f.Contacted();
        appeal.RequestReturn(_f.As(), "不属于本部门职责");
        appeal.RejectReturn(_f.As(), "属于本部门职责");
        appeal.Status.ShouldBe(AppealStatus.Contacted);
        appeal.LeadDepartmentId.ShouldBe(3);
    }

    [Fact]
    public void A_return_needs_a_reason()
    {
        Should.Throw<FieldValidationException>(() => _f.Dispatched().RequestReturn(_f.As(), "  ")).Field.ShouldBe("reason");
    }

    [Fact]
    public void Reassignment_moves_the_appeal_to_another_department_and_restarts_the_clocks()
    {
        var appeal = _f.Dispatched();
        appeal.Sign(_f.As());
        _f.Now = _f.Now.AddDays(1);
        appeal.Reassign(_f.As(), new DispatchTarget(4, "州住房和城乡建设局", []), Web.Features.Appeals.Sla.SlaMatrix.Default(AppealType.Complaint, AppealUrgency.Normal), "职责调整");
        appeal.Status.ShouldBe(AppealStatus.Dispatched);
        appeal.LeadDepartmentId.ShouldBe(4);
        appeal.SignedAt.ShouldBeNull();
        Local(appeal.SignDueAt).ShouldBe(End(2026, 3, 4));
        Should.Throw<FieldValidationException>(() => appeal.Reassign(_f.As(), new DispatchTarget(4, "州住房和城乡建设局", []),
            Web.Features.Appeals.Sla.SlaMatrix.Default(AppealType.Complaint, AppealUrgency.Normal), null));
    }

    [Fact]
    public void The_lead_department_cannot_also_be_a_co_handling_department()
    {
        Should.Throw<FieldValidationException>(() => _f.New().Dispatch(_f.As(), new DispatchTarget(3, "市场", [(3, "市场")]),
            Web.Features.Appeals.Sla.SlaMatrix.Default(AppealType.Complaint, AppealUrgency.Normal))).Field.ShouldBe("coDepartments");
    }

    [Fact]
    public void A_duplicate_merged_into_another_appeal_stops_its_clocks()
    {
        var survivor = _f.Dispatched();
        var duplicate = _f.Dispatched();
        duplicate.MergeInto(_f.As(), survivor, "同一事项");
        duplicate.Status.ShouldBe(AppealStatus.Merged);
        duplicate.MergedIntoId.ShouldBe(survivor.Id);
        duplicate.CloseDueAt.ShouldBeNull();
        Should.Throw<FieldValidationException>(() => survivor.MergeInto(_f.As(), survivor, null)).Field.ShouldBe("into");
        Should.Throw<FieldValidationException>(() => _f.New().MergeInto(_f.As(), duplicate, null)).Field.ShouldBe("into");
    }

    [Theory]
    [InlineData("sign-received")]
    [InlineData("contact-dispatched")]
    [InlineData("reply-signed")]
    [InlineData("close-contacted")]
    [InlineData("visit-replied")]
    [InlineData("resume-dispatched")]
    [InlineData("pause-received")]
    [InlineData("dispatch-dispatched")]
    [InlineData("approve-return-signed")]
    [InlineData("merge-closed")]
    [InlineData("return-replied")]
    [InlineData("sign-paused")]
    public void Illegal_transitions_are_refused_with_a_business_rule(string attempt)
    {
        var c = _f.As();
        Action act = attempt switch
        {
            "sign-received" => () => _f.New().Sign(c),
            "contact-dispatched" => () => _f.Dispatched().Contact(c, "已联系"),
            "reply-signed" => () => { var a = _f.Dispatched(); a.Sign(c); a.SubmitReply(c, "答复"); },
            "close-contacted" => () => _f.Contacted().Close(c, null),
            "visit-replied" => () => { var a = _f.Contacted(); a.SubmitReply(c, "答复"); a.RecordVisit(c, new VisitResult(false, true, 5), null); },
            "resume-dispatched" => () => _f.Dispatched().Resume(c, null),
            "pause-received" => () => _f.New().Pause(c, null),
            "dispatch-dispatched" => () => _f.Dispatched().Dispatch(c, Market, Web.Features.Appeals.Sla.SlaMatrix.Default(AppealType.Complaint, AppealUrgency.Normal)),
            "approve-return-signed" => () => { var a = _f.Dispatched(); a.Sign(c); a.ApproveReturn(c, null); },
            "merge-closed" => () => _f.Closed().MergeInto(c, _f.Dispatched(), null),
            "return-replied" => () => { var a = _f.Contacted(); a.SubmitReply(c, "答复"); a.RequestReturn(c, "理由"); },
            _ => () => { var a = _f.Dispatched(); a.Pause(c, null); a.Sign(c); },
        };
        var refused = Should.Throw<BusinessRuleException>(act);
        refused.Message.ShouldContain("不能");
    }
}
