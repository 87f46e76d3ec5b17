/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  mutation MoveDealToStep($input: MoveDealToStepInput!) {\n    moveDealToStep(input: $input) {\n      __typename\n      ... on MoveDealToStepSuccess {\n        deal {\n          id\n          probability\n        }\n      }\n      ... on TransitionNotAllowedError {\n        reason\n        missingFields\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.MoveDealToStepDocument;
  '\n  mutation CreateRecordNote($input: CreateNoteInput!) {\n    createNote(input: $input) {\n      __typename\n      ... on CreateNoteSuccess {\n        note {\n          id\n          body\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.CreateRecordNoteDocument;
  '\n  query RecordCustomFieldDefinitions($workspaceId: ID!, $entityType: EntityType!) {\n    customFieldDefinitions(workspaceId: $workspaceId, entityType: $entityType) {\n      id\n      key\n      label\n      type\n      options\n      required\n      position\n    }\n  }\n': typeof types.RecordCustomFieldDefinitionsDocument;
  '\n  query RecordTimeline($entityType: EntityType!, $entityId: ID!, $first: Int!, $after: String) {\n    timeline(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          at\n          actorId\n          ... on TimelineNote {\n            note {\n              id\n              body\n            }\n          }\n          ... on TimelineActivity {\n            activity {\n              id\n              kind\n              title\n              body\n              done\n              doneAt\n              dueAt\n              overdue\n              createdAt\n            }\n          }\n          ... on TimelineStatusChange {\n            kind\n            reason\n            fromStep {\n              id\n              name\n            }\n            toStep {\n              id\n              name\n              status {\n                id\n                category\n                color\n              }\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.RecordTimelineDocument;
  '\n  query RecordTransitions($entityId: ID!, $entityType: EntityType!) {\n    availableTransitions(entityId: $entityId, entityType: $entityType) {\n      allowed\n      message\n      reason\n      missingFields\n      step {\n        id\n        name\n        position\n        isFinal\n        status {\n          id\n          category\n          color\n        }\n      }\n    }\n  }\n': typeof types.RecordTransitionsDocument;
  '\n  fragment StageFields on WorkflowPosition {\n    daysInStep\n    step {\n      id\n      name\n      isFinal\n      status {\n        id\n        category\n        color\n      }\n    }\n    workflow {\n      id\n      name\n    }\n  }\n': typeof types.StageFieldsFragmentDoc;
  '\n  fragment TaskFields on Activity {\n    id\n    kind\n    title\n    body\n    done\n    doneAt\n    dueAt\n    overdue\n    createdAt\n    assigneeId\n    entityType\n    entityId\n  }\n': typeof types.TaskFieldsFragmentDoc;
  '\n  query RecordTasks($workspaceId: ID!, $entityType: EntityType!, $entityId: ID!, $after: String) {\n    activities(\n      workspaceId: $workspaceId\n      filter: { entityType: $entityType, entityId: $entityId }\n      orderBy: { field: DUE_AT, direction: ASC }\n      first: 25\n      after: $after\n    ) {\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.RecordTasksDocument;
  '\n  mutation CreateTaskActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on CreateActivitySuccess {\n        activity {\n          ...TaskFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.CreateTaskActivityDocument;
  '\n  mutation CompleteActivityInPlace($input: CompleteActivityInput!) {\n    completeActivity(input: $input) {\n      __typename\n      ... on CompleteActivitySuccess {\n        activity {\n          __typename\n          id\n          done\n          doneAt\n          overdue\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.CompleteActivityInPlaceDocument;
  '\n  mutation ReopenActivityInPlace($input: ReopenActivityInput!) {\n    reopenActivity(input: $input) {\n      __typename\n      ... on ReopenActivitySuccess {\n        activity {\n          __typename\n          id\n          done\n          doneAt\n          overdue\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.ReopenActivityInPlaceDocument;
  '\n  query MyTasks(\n    $workspaceId: ID!\n    $assigneeId: ID!\n    $done: Boolean!\n    $orderBy: ActivityOrder!\n    $after: String\n  ) {\n    activities(\n      workspaceId: $workspaceId\n      filter: { assigneeId: $assigneeId, done: $done }\n      orderBy: $orderBy\n      first: 30\n      after: $after\n    ) {\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.MyTasksDocument;
  '\n  mutation AssignDeal($input: AssignDealInput!) {\n    assignDeal(input: $input) {\n      __typename\n      ... on AssignDealSuccess {\n        deal {\n          id\n          assigneeId\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.AssignDealDocument;
  '\n  query DealDetail($id: ID!) {\n    deal(id: $id) {\n      id\n      workspaceId\n      name\n      amount {\n        amount\n        currency\n      }\n      currency\n      expectedCloseDate\n      probability\n      customFields\n      createdAt\n      ownerId\n      assigneeId\n      organization {\n        id\n        name\n      }\n      people {\n        id\n        name\n      }\n      stage {\n        ...StageFields\n      }\n    }\n  }\n': typeof types.DealDetailDocument;
  '\n  mutation UpdateDeal($input: UpdateDealInput!) {\n    updateDeal(input: $input) {\n      __typename\n      ... on UpdateDealSuccess {\n        deal {\n          id\n          name\n          amount {\n            amount\n            currency\n          }\n          currency\n          expectedCloseDate\n          customFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.UpdateDealDocument;
  '\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      __typename\n      ... on AssignConversationSuccess {\n        conversation {\n          id\n          assigneeId\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.AssignConversationDocument;
  '\n  fragment ConversationSummaryFields on Conversation {\n    id\n    channel\n    subject\n    preview\n    unread\n    lastMessageAt\n    messageCount\n    status\n    person {\n      id\n      name\n    }\n    organization {\n      id\n      name\n    }\n    assigneeId\n    participants {\n      handle\n      name\n    }\n  }\n': typeof types.ConversationSummaryFieldsFragmentDoc;
  '\n  fragment LinkedParticipantFields on Participant {\n    handle\n    name\n    person {\n      id\n      name\n      organization {\n        id\n        name\n      }\n    }\n  }\n': typeof types.LinkedParticipantFieldsFragmentDoc;
  '\n  fragment MessageFields on Message {\n    id\n    direction\n    sender {\n      handle\n      name\n      person {\n        id\n        name\n      }\n    }\n    text\n    html\n    sentAt\n    attachments {\n      name\n      mime\n      size\n      url\n    }\n    editedAt\n    deleted\n  }\n': typeof types.MessageFieldsFragmentDoc;
  '\n  fragment ReplyFields on Reply {\n    id\n    text\n    status\n    error\n    createdAt\n    sentAt\n  }\n': typeof types.ReplyFieldsFragmentDoc;
  '\n  subscription ConversationUpdated($workspaceId: ID!) {\n    conversationUpdated(workspaceId: $workspaceId) {\n      ...ConversationSummaryFields\n    }\n  }\n': typeof types.ConversationUpdatedDocument;
  '\n  query Conversation($id: ID!, $last: Int) {\n    conversation(id: $id) {\n      ...ConversationSummaryFields\n      connectionId\n      connection {\n        id\n        name\n        status\n      }\n      participants {\n        ...LinkedParticipantFields\n      }\n      messages(last: $last) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          startCursor\n        }\n      }\n      replies {\n        ...ReplyFields\n      }\n    }\n  }\n': typeof types.ConversationDocument;
  '\n  query Conversations($workspaceId: ID!, $filter: ConversationFilter, $first: Int, $after: String) {\n    conversations(workspaceId: $workspaceId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ConversationSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ConversationsDocument;
  '\n  query InboxUnreadCount($workspaceId: ID!) {\n    conversations(workspaceId: $workspaceId, filter: { unread: true }, first: 0) {\n      totalCount\n    }\n  }\n': typeof types.InboxUnreadCountDocument;
  '\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      __typename\n      ... on MarkConversationReadSuccess {\n        conversation {\n          id\n          unread\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.MarkConversationReadDocument;
  '\n  mutation SendReply($input: SendReplyInput!) {\n    sendReply(input: $input) {\n      __typename\n      ... on SendReplySuccess {\n        reply {\n          ...ReplyFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.SendReplyDocument;
  '\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      __typename\n      ... on ConvertLeadSuccess {\n        lead {\n          id\n          converted\n          convertedAt\n          convertedDeal {\n            id\n            name\n          }\n          convertedPerson {\n            id\n            name\n          }\n          convertedOrganization {\n            id\n            name\n          }\n          stage {\n            ...StageFields\n          }\n        }\n      }\n      ... on AlreadyConvertedError {\n        convertedDealId\n      }\n      ... on TransitionNotAllowedError {\n        reason\n        missingFields\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.ConvertLeadDocument;
  '\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      __typename\n      ... on CreateLeadSuccess {\n        lead {\n          id\n          name\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.CreateLeadDocument;
  '\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      id\n      workspaceId\n      name\n      email\n      company\n      source\n      score\n      customFields\n      createdAt\n      lastContactedAt\n      converted\n      convertedAt\n      convertedDeal {\n        id\n        name\n      }\n      convertedPerson {\n        id\n        name\n      }\n      convertedOrganization {\n        id\n        name\n      }\n      stage {\n        ...StageFields\n      }\n    }\n  }\n': typeof types.LeadDetailDocument;
  '\n  query LeadsList(\n    $workspaceId: ID!\n    $search: String\n    $filter: LeadFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    leads(\n      workspaceId: $workspaceId\n      search: $search\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      edges {\n        node {\n          id\n          name\n          email\n          company\n          score\n          converted\n          stage {\n            step {\n              id\n              name\n              status {\n                id\n                category\n                color\n              }\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n': typeof types.LeadsListDocument;
  '\n  mutation MoveLeadToStep($input: MoveLeadToStepInput!) {\n    moveLeadToStep(input: $input) {\n      __typename\n      ... on MoveLeadToStepSuccess {\n        lead {\n          id\n        }\n      }\n      ... on TransitionNotAllowedError {\n        reason\n        missingFields\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.MoveLeadToStepDocument;
  '\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      __typename\n      ... on UpdateLeadSuccess {\n        lead {\n          id\n          name\n          email\n          company\n          source\n          score\n          customFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.UpdateLeadDocument;
  '\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      __typename\n      ... on CreateOrganizationSuccess {\n        organization {\n          id\n          name\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.CreateOrganizationDocument;
  '\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id\n      workspaceId\n      name\n      emails\n      phones\n      links\n      customFields\n      createdAt\n      ownerId\n    }\n  }\n': typeof types.OrganizationDetailDocument;
  '\n  query OrganizationRelations($workspaceId: ID!, $organizationId: ID!) {\n    people(workspaceId: $workspaceId, organizationId: $organizationId, first: 20) {\n      edges {\n        node {\n          id\n          name\n          emails\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    deals(workspaceId: $workspaceId, filter: { organizationId: $organizationId }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          amount {\n            amount\n            currency\n          }\n          stage {\n            step {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n': typeof types.OrganizationRelationsDocument;
  '\n  query OrganizationsList(\n    $workspaceId: ID!\n    $search: String\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    organizations(\n      workspaceId: $workspaceId\n      search: $search\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      edges {\n        node {\n          id\n          name\n          emails\n          links\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n': typeof types.OrganizationsListDocument;
  '\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      __typename\n      ... on UpdateOrganizationSuccess {\n        organization {\n          id\n          name\n          emails\n          phones\n          links\n          customFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.UpdateOrganizationDocument;
  '\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      __typename\n      ... on CreatePersonSuccess {\n        person {\n          id\n          name\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.CreatePersonDocument;
  '\n  query PersonOrganizationOptions($workspaceId: ID!) {\n    organizations(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.PersonOrganizationOptionsDocument;
  '\n  query PeopleList(\n    $workspaceId: ID!\n    $search: String\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    people(\n      workspaceId: $workspaceId\n      search: $search\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      edges {\n        node {\n          id\n          name\n          emails\n          phones\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n': typeof types.PeopleListDocument;
  '\n  query PersonDetail($id: ID!) {\n    person(id: $id) {\n      id\n      workspaceId\n      name\n      emails\n      phones\n      links\n      customFields\n      createdAt\n      ownerId\n      organizationId\n      organization {\n        id\n        name\n      }\n    }\n  }\n': typeof types.PersonDetailDocument;
  '\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      __typename\n      ... on UpdatePersonSuccess {\n        person {\n          id\n          name\n          emails\n          phones\n          links\n          customFields\n          organizationId\n          organization {\n            id\n            name\n          }\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.UpdatePersonDocument;
  '\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) {\n      __typename\n      ... on CreateDealSuccess {\n        deal {\n          id\n          name\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.CreateDealDocument;
  '\n  query DealTransitions($dealId: ID!) {\n    availableTransitions(entityId: $dealId, entityType: DEAL) {\n      allowed\n      message\n      reason\n      missingFields\n      step {\n        id\n      }\n    }\n  }\n': typeof types.DealTransitionsDocument;
  '\n  query DealWorkflows($workspaceId: ID!) {\n    workflows(workspaceId: $workspaceId, entityType: DEAL) {\n      id\n      name\n    }\n  }\n': typeof types.DealWorkflowsDocument;
  '\n  query PipelineBoard($workflowId: ID!, $workspaceId: ID!) {\n    pipeline(workflowId: $workflowId) {\n      workflow {\n        id\n        name\n      }\n      steps {\n        count\n        staleCount\n        totals {\n          amount\n          currency\n        }\n        weightedTotals {\n          amount\n          currency\n        }\n        step {\n          id\n          key\n          name\n          position\n          isInitial\n          isFinal\n          defaultProbability\n          expectedDwellDays\n          status {\n            id\n            category\n            color\n          }\n        }\n        deals(first: 50) {\n          id\n          name\n          amount {\n            amount\n            currency\n          }\n          probability\n        }\n      }\n    }\n    staleDeals(workspaceId: $workspaceId, first: 100) {\n      deal {\n        id\n      }\n      daysInStep\n      expectedDwellDays\n      overdueDays\n    }\n  }\n': typeof types.PipelineBoardDocument;
  '\n  query PolicyReport($workspaceId: ID!) {\n    policyReport(workspaceId: $workspaceId) {\n      workspaceId\n      livePolicy\n      answeredTips\n      observedReward\n      policies {\n        name\n        live\n        updates\n        sampleSize\n        effectiveSampleSize\n        ips {\n          estimate\n          low\n          high\n        }\n        snips {\n          estimate\n          low\n          high\n        }\n        dm {\n          estimate\n          low\n          high\n        }\n        dr {\n          estimate\n          low\n          high\n        }\n      }\n    }\n  }\n': typeof types.PolicyReportDocument;
  '\n  mutation PromotePolicy($input: PromotePolicyInput!) {\n    promotePolicy(input: $input) {\n      __typename\n      ... on PromotePolicySuccess {\n        report {\n          workspaceId\n          livePolicy\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.PromotePolicyDocument;
  '\n  query AutomationRun($id: ID!) {\n    automationRun(id: $id) {\n      ...RunDetailFields\n    }\n  }\n': typeof types.AutomationRunDocument;
  '\n  query AutomationRuns(\n    $workspaceId: ID!\n    $filter: AutomationRunFilter\n    $first: Int\n    $after: String\n  ) {\n    automationRuns(workspaceId: $workspaceId, filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...RunSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.AutomationRunsDocument;
  '\n  mutation CancelAutomationRun($input: AutomationRunInput!) {\n    cancelAutomationRun(input: $input) {\n      __typename\n      ... on CancelAutomationRunSuccess {\n        run {\n          ...RunDetailFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.CancelAutomationRunDocument;
  '\n  mutation ReplayAutomationRun($input: AutomationRunInput!) {\n    replayAutomationRun(input: $input) {\n      __typename\n      ... on ReplayAutomationRunSuccess {\n        run {\n          ...RunDetailFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.ReplayAutomationRunDocument;
  '\n  fragment RunSummaryFields on AutomationRun {\n    id\n    functionId\n    functionName\n    status\n    attempts\n    createdAt\n    startedAt\n    endedAt\n    durationMs\n    replayOf\n    triggerEvent {\n      name\n      ts\n      data\n    }\n  }\n': typeof types.RunSummaryFieldsFragmentDoc;
  '\n  fragment RunDetailFields on AutomationRun {\n    ...RunSummaryFields\n    workspaceId\n    output\n    error {\n      name\n      message\n      stack\n    }\n    steps {\n      stepId: id\n      name\n      op\n      status\n      attempts\n      startedAt\n      endedAt\n      durationMs\n      output\n      error {\n        name\n        message\n        stack\n      }\n    }\n  }\n': typeof types.RunDetailFieldsFragmentDoc;
  '\n  query NotificationDeliveries($first: Int) {\n    notificationDeliveries(first: $first) {\n      id\n      channel\n      kind\n      status\n      attempt\n      detail\n      createdAt\n      updatedAt\n    }\n  }\n': typeof types.NotificationDeliveriesDocument;
  '\n  query SettingsPreferences {\n    me {\n      id\n      email\n    }\n    notificationPreferences {\n      timeZone\n      quietStart\n      quietEnd\n      inApp\n      email\n      dailyEmailCap\n      updatedAt\n    }\n  }\n': typeof types.SettingsPreferencesDocument;
  '\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      __typename\n      ... on UpdateNotificationPreferencesSuccess {\n        preferences {\n          timeZone\n          quietStart\n          quietEnd\n          inApp\n          email\n          dailyEmailCap\n          updatedAt\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.UpdateNotificationPreferencesDocument;
  '\n  fragment ConnectionFields on Connection {\n    id\n    workspaceId\n    kind\n    name\n    settings\n    credentialsHint\n    private\n    status\n    lastSyncAt\n    lastError\n    lastErrorAt\n    syncIntervalSeconds\n    webhookUrl\n    createdAt\n  }\n': typeof types.ConnectionFieldsFragmentDoc;
  '\n  query Connections($workspaceId: ID!) {\n    connections(workspaceId: $workspaceId) {\n      ...ConnectionFields\n    }\n  }\n': typeof types.ConnectionsDocument;
  '\n  mutation CreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on CreateConnectionSuccess {\n        connection {\n          ...ConnectionFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.CreateConnectionDocument;
  '\n  fragment DeadLetterFields on DeadLetter {\n    id\n    source\n    externalId\n    error\n    createdAt\n    replayedAt\n    replayCount\n    resolvedAt\n  }\n': typeof types.DeadLetterFieldsFragmentDoc;
  '\n  query ConnectionDeadLetters($id: ID!, $first: Int) {\n    connection(id: $id) {\n      id\n      deadLetters(first: $first) {\n        edges {\n          node {\n            ...DeadLetterFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.ConnectionDeadLettersDocument;
  '\n  mutation ReplayDeadLetter($input: ReplayDeadLetterInput!) {\n    replayDeadLetter(input: $input) {\n      __typename\n      ... on ReplayDeadLetterSuccess {\n        deadLetter {\n          ...DeadLetterFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.ReplayDeadLetterDocument;
  '\n  mutation DeleteConnection($input: DeleteConnectionInput!) {\n    deleteConnection(input: $input) {\n      __typename\n      ... on DeleteConnectionSuccess {\n        id\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.DeleteConnectionDocument;
  '\n  mutation SyncConnection($input: SyncConnectionInput!) {\n    syncConnection(input: $input) {\n      __typename\n      ... on SyncConnectionSuccess {\n        connection {\n          ...ConnectionFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.SyncConnectionDocument;
  '\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      __typename\n      ... on TestConnectionSuccess {\n        accountName\n        connection {\n          ...ConnectionFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.TestConnectionDocument;
  '\n  mutation UpdateConnectionCredentials($input: UpdateConnectionCredentialsInput!) {\n    updateConnectionCredentials(input: $input) {\n      __typename\n      ... on UpdateConnectionCredentialsSuccess {\n        connection {\n          ...ConnectionFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.UpdateConnectionCredentialsDocument;
  '\n  query ExplainTip($tipId: ID!) {\n    explainTip(tipId: $tipId) {\n      policy\n      propensity\n      candidateCount\n      topFeatures {\n        feature\n        value\n        contribution\n      }\n      shadows {\n        policy\n        title\n        kind\n        propensity\n        probabilityOfChosen\n        agreesWithLive\n      }\n    }\n  }\n': typeof types.ExplainTipDocument;
  '\n  mutation GiveTipFeedback($input: GiveTipFeedbackInput!) {\n    giveTipFeedback(input: $input) {\n      __typename\n      ... on GiveTipFeedbackSuccess {\n        tip {\n          id\n          status\n          snoozedUntil\n          decidedAt\n        }\n      }\n      ... on AlreadyDecidedError {\n        tipId\n        status\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.GiveTipFeedbackDocument;
  '\n  fragment CurrentTipFields on Tip {\n    id\n    kind\n    title\n    detail\n    entityType\n    entityId\n    status\n    policy\n    createdAt\n  }\n': typeof types.CurrentTipFieldsFragmentDoc;
  '\n  query NextTip($workspaceId: ID!) {\n    nextTip(workspaceId: $workspaceId) {\n      ...CurrentTipFields\n    }\n  }\n': typeof types.NextTipDocument;
  '\n  mutation RequestNextTip($input: RequestNextTipInput!) {\n    requestNextTip(input: $input) {\n      __typename\n      ... on RequestNextTipSuccess {\n        decision {\n          tip {\n            ...CurrentTipFields\n          }\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.RequestNextTipDocument;
  '\n  subscription TipAdded($workspaceId: ID!) {\n    tipAdded(workspaceId: $workspaceId) {\n      id\n      title\n      status\n    }\n  }\n': typeof types.TipAddedDocument;
  '\n  query TodayViewer {\n    me {\n      id\n    }\n  }\n': typeof types.TodayViewerDocument;
  '\n  query TodayOpenActivities($workspaceId: ID!, $assigneeId: ID!) {\n    activities(\n      workspaceId: $workspaceId\n      filter: { assigneeId: $assigneeId, done: false }\n      orderBy: { field: DUE_AT, direction: ASC }\n      first: 100\n    ) {\n      edges {\n        node {\n          id\n          kind\n          title\n          dueAt\n          done\n          doneAt\n          overdue\n          entityType\n          entityId\n        }\n      }\n    }\n  }\n': typeof types.TodayOpenActivitiesDocument;
  '\n  mutation AddWorkflowTransition($input: AddWorkflowTransitionInput!) {\n    addWorkflowTransition(input: $input) {\n      __typename\n      ... on AddWorkflowTransitionSuccess {\n        transition {\n          id\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.AddWorkflowTransitionDocument;
  '\n  mutation CreateWorkflowDraft($input: CreateWorkflowDraftInput!) {\n    createWorkflowDraft(input: $input) {\n      __typename\n      ... on CreateWorkflowDraftSuccess {\n        version {\n          id\n          version\n          state\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.CreateWorkflowDraftDocument;
  '\n  mutation PublishWorkflow($input: PublishWorkflowInput!) {\n    publishWorkflow(input: $input) {\n      __typename\n      ... on PublishWorkflowSuccess {\n        version {\n          id\n          version\n          state\n          publishedAt\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.PublishWorkflowDocument;
  '\n  mutation RemoveWorkflowTransition($input: RemoveWorkflowTransitionInput!) {\n    removeWorkflowTransition(input: $input) {\n      __typename\n      ... on RemoveWorkflowTransitionSuccess {\n        transition {\n          id\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.RemoveWorkflowTransitionDocument;
  '\n  mutation UpdateWorkflowStep($input: UpdateWorkflowStepInput!) {\n    updateWorkflowStep(input: $input) {\n      __typename\n      ... on UpdateWorkflowStepSuccess {\n        step {\n          ...WorkflowStepFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.UpdateWorkflowStepDocument;
  '\n  fragment WorkflowStepFields on WorkflowStep {\n    id\n    key\n    name\n    position\n    isInitial\n    isFinal\n    defaultProbability\n    expectedDwellDays\n    metadata\n    status {\n      id\n      name\n      category\n      color\n    }\n  }\n': typeof types.WorkflowStepFieldsFragmentDoc;
  '\n  query Workflow($id: ID!) {\n    workflow(id: $id) {\n      id\n      name\n      entityType\n      projectTypeName\n      versions {\n        id\n        version\n        state\n        publishedAt\n        steps {\n          ...WorkflowStepFields\n        }\n        transitions {\n          id\n          requiredFields\n          allowedRoles\n          fromStep {\n            id\n          }\n          toStep {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.WorkflowDocument;
  '\n  query Workflows($workspaceId: ID!) {\n    workflows(workspaceId: $workspaceId) {\n      id\n      name\n      entityType\n      projectTypeName\n      versions {\n        id\n        version\n        state\n        publishedAt\n        steps {\n          id\n        }\n      }\n    }\n  }\n': typeof types.WorkflowsDocument;
  '\n  mutation AddWorkspaceMember($input: AddWorkspaceMemberInput!) {\n    addWorkspaceMember(input: $input) {\n      __typename\n      ... on AddWorkspaceMemberSuccess {\n        member {\n          userId\n          email\n          role\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.AddWorkspaceMemberDocument;
  '\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      __typename\n      ... on CreateWorkspaceSuccess {\n        workspace {\n          id\n          name\n          slug\n          role\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n': typeof types.CreateWorkspaceDocument;
  '\n  query MyWorkspaces {\n    me {\n      id\n      email\n      workspaces {\n        id\n        name\n        slug\n        role\n      }\n    }\n  }\n': typeof types.MyWorkspacesDocument;
  '\n  query WorkspaceMembers {\n    me {\n      id\n      workspaces {\n        id\n        members {\n          userId\n          email\n          role\n        }\n      }\n    }\n  }\n': typeof types.WorkspaceMembersDocument;
  '\n  fragment ApiErrorFields on Error {\n    message\n    code\n    ... on ValidationError {\n      fieldErrors {\n        path\n        message\n      }\n    }\n    ... on NotFoundError {\n      entity\n    }\n  }\n': typeof types.ApiErrorFieldsFragmentDoc;
};
const documents: Documents = {
  '\n  mutation MoveDealToStep($input: MoveDealToStepInput!) {\n    moveDealToStep(input: $input) {\n      __typename\n      ... on MoveDealToStepSuccess {\n        deal {\n          id\n          probability\n        }\n      }\n      ... on TransitionNotAllowedError {\n        reason\n        missingFields\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.MoveDealToStepDocument,
  '\n  mutation CreateRecordNote($input: CreateNoteInput!) {\n    createNote(input: $input) {\n      __typename\n      ... on CreateNoteSuccess {\n        note {\n          id\n          body\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.CreateRecordNoteDocument,
  '\n  query RecordCustomFieldDefinitions($workspaceId: ID!, $entityType: EntityType!) {\n    customFieldDefinitions(workspaceId: $workspaceId, entityType: $entityType) {\n      id\n      key\n      label\n      type\n      options\n      required\n      position\n    }\n  }\n':
    types.RecordCustomFieldDefinitionsDocument,
  '\n  query RecordTimeline($entityType: EntityType!, $entityId: ID!, $first: Int!, $after: String) {\n    timeline(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          at\n          actorId\n          ... on TimelineNote {\n            note {\n              id\n              body\n            }\n          }\n          ... on TimelineActivity {\n            activity {\n              id\n              kind\n              title\n              body\n              done\n              doneAt\n              dueAt\n              overdue\n              createdAt\n            }\n          }\n          ... on TimelineStatusChange {\n            kind\n            reason\n            fromStep {\n              id\n              name\n            }\n            toStep {\n              id\n              name\n              status {\n                id\n                category\n                color\n              }\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.RecordTimelineDocument,
  '\n  query RecordTransitions($entityId: ID!, $entityType: EntityType!) {\n    availableTransitions(entityId: $entityId, entityType: $entityType) {\n      allowed\n      message\n      reason\n      missingFields\n      step {\n        id\n        name\n        position\n        isFinal\n        status {\n          id\n          category\n          color\n        }\n      }\n    }\n  }\n':
    types.RecordTransitionsDocument,
  '\n  fragment StageFields on WorkflowPosition {\n    daysInStep\n    step {\n      id\n      name\n      isFinal\n      status {\n        id\n        category\n        color\n      }\n    }\n    workflow {\n      id\n      name\n    }\n  }\n':
    types.StageFieldsFragmentDoc,
  '\n  fragment TaskFields on Activity {\n    id\n    kind\n    title\n    body\n    done\n    doneAt\n    dueAt\n    overdue\n    createdAt\n    assigneeId\n    entityType\n    entityId\n  }\n':
    types.TaskFieldsFragmentDoc,
  '\n  query RecordTasks($workspaceId: ID!, $entityType: EntityType!, $entityId: ID!, $after: String) {\n    activities(\n      workspaceId: $workspaceId\n      filter: { entityType: $entityType, entityId: $entityId }\n      orderBy: { field: DUE_AT, direction: ASC }\n      first: 25\n      after: $after\n    ) {\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.RecordTasksDocument,
  '\n  mutation CreateTaskActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on CreateActivitySuccess {\n        activity {\n          ...TaskFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.CreateTaskActivityDocument,
  '\n  mutation CompleteActivityInPlace($input: CompleteActivityInput!) {\n    completeActivity(input: $input) {\n      __typename\n      ... on CompleteActivitySuccess {\n        activity {\n          __typename\n          id\n          done\n          doneAt\n          overdue\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.CompleteActivityInPlaceDocument,
  '\n  mutation ReopenActivityInPlace($input: ReopenActivityInput!) {\n    reopenActivity(input: $input) {\n      __typename\n      ... on ReopenActivitySuccess {\n        activity {\n          __typename\n          id\n          done\n          doneAt\n          overdue\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.ReopenActivityInPlaceDocument,
  '\n  query MyTasks(\n    $workspaceId: ID!\n    $assigneeId: ID!\n    $done: Boolean!\n    $orderBy: ActivityOrder!\n    $after: String\n  ) {\n    activities(\n      workspaceId: $workspaceId\n      filter: { assigneeId: $assigneeId, done: $done }\n      orderBy: $orderBy\n      first: 30\n      after: $after\n    ) {\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.MyTasksDocument,
  '\n  mutation AssignDeal($input: AssignDealInput!) {\n    assignDeal(input: $input) {\n      __typename\n      ... on AssignDealSuccess {\n        deal {\n          id\n          assigneeId\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.AssignDealDocument,
  '\n  query DealDetail($id: ID!) {\n    deal(id: $id) {\n      id\n      workspaceId\n      name\n      amount {\n        amount\n        currency\n      }\n      currency\n      expectedCloseDate\n      probability\n      customFields\n      createdAt\n      ownerId\n      assigneeId\n      organization {\n        id\n        name\n      }\n      people {\n        id\n        name\n      }\n      stage {\n        ...StageFields\n      }\n    }\n  }\n':
    types.DealDetailDocument,
  '\n  mutation UpdateDeal($input: UpdateDealInput!) {\n    updateDeal(input: $input) {\n      __typename\n      ... on UpdateDealSuccess {\n        deal {\n          id\n          name\n          amount {\n            amount\n            currency\n          }\n          currency\n          expectedCloseDate\n          customFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.UpdateDealDocument,
  '\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      __typename\n      ... on AssignConversationSuccess {\n        conversation {\n          id\n          assigneeId\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.AssignConversationDocument,
  '\n  fragment ConversationSummaryFields on Conversation {\n    id\n    channel\n    subject\n    preview\n    unread\n    lastMessageAt\n    messageCount\n    status\n    person {\n      id\n      name\n    }\n    organization {\n      id\n      name\n    }\n    assigneeId\n    participants {\n      handle\n      name\n    }\n  }\n':
    types.ConversationSummaryFieldsFragmentDoc,
  '\n  fragment LinkedParticipantFields on Participant {\n    handle\n    name\n    person {\n      id\n      name\n      organization {\n        id\n        name\n      }\n    }\n  }\n':
    types.LinkedParticipantFieldsFragmentDoc,
  '\n  fragment MessageFields on Message {\n    id\n    direction\n    sender {\n      handle\n      name\n      person {\n        id\n        name\n      }\n    }\n    text\n    html\n    sentAt\n    attachments {\n      name\n      mime\n      size\n      url\n    }\n    editedAt\n    deleted\n  }\n':
    types.MessageFieldsFragmentDoc,
  '\n  fragment ReplyFields on Reply {\n    id\n    text\n    status\n    error\n    createdAt\n    sentAt\n  }\n':
    types.ReplyFieldsFragmentDoc,
  '\n  subscription ConversationUpdated($workspaceId: ID!) {\n    conversationUpdated(workspaceId: $workspaceId) {\n      ...ConversationSummaryFields\n    }\n  }\n':
    types.ConversationUpdatedDocument,
  '\n  query Conversation($id: ID!, $last: Int) {\n    conversation(id: $id) {\n      ...ConversationSummaryFields\n      connectionId\n      connection {\n        id\n        name\n        status\n      }\n      participants {\n        ...LinkedParticipantFields\n      }\n      messages(last: $last) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          startCursor\n        }\n      }\n      replies {\n        ...ReplyFields\n      }\n    }\n  }\n':
    types.ConversationDocument,
  '\n  query Conversations($workspaceId: ID!, $filter: ConversationFilter, $first: Int, $after: String) {\n    conversations(workspaceId: $workspaceId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ConversationSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ConversationsDocument,
  '\n  query InboxUnreadCount($workspaceId: ID!) {\n    conversations(workspaceId: $workspaceId, filter: { unread: true }, first: 0) {\n      totalCount\n    }\n  }\n':
    types.InboxUnreadCountDocument,
  '\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      __typename\n      ... on MarkConversationReadSuccess {\n        conversation {\n          id\n          unread\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.MarkConversationReadDocument,
  '\n  mutation SendReply($input: SendReplyInput!) {\n    sendReply(input: $input) {\n      __typename\n      ... on SendReplySuccess {\n        reply {\n          ...ReplyFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.SendReplyDocument,
  '\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      __typename\n      ... on ConvertLeadSuccess {\n        lead {\n          id\n          converted\n          convertedAt\n          convertedDeal {\n            id\n            name\n          }\n          convertedPerson {\n            id\n            name\n          }\n          convertedOrganization {\n            id\n            name\n          }\n          stage {\n            ...StageFields\n          }\n        }\n      }\n      ... on AlreadyConvertedError {\n        convertedDealId\n      }\n      ... on TransitionNotAllowedError {\n        reason\n        missingFields\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.ConvertLeadDocument,
  '\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      __typename\n      ... on CreateLeadSuccess {\n        lead {\n          id\n          name\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.CreateLeadDocument,
  '\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      id\n      workspaceId\n      name\n      email\n      company\n      source\n      score\n      customFields\n      createdAt\n      lastContactedAt\n      converted\n      convertedAt\n      convertedDeal {\n        id\n        name\n      }\n      convertedPerson {\n        id\n        name\n      }\n      convertedOrganization {\n        id\n        name\n      }\n      stage {\n        ...StageFields\n      }\n    }\n  }\n':
    types.LeadDetailDocument,
  '\n  query LeadsList(\n    $workspaceId: ID!\n    $search: String\n    $filter: LeadFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    leads(\n      workspaceId: $workspaceId\n      search: $search\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      edges {\n        node {\n          id\n          name\n          email\n          company\n          score\n          converted\n          stage {\n            step {\n              id\n              name\n              status {\n                id\n                category\n                color\n              }\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n':
    types.LeadsListDocument,
  '\n  mutation MoveLeadToStep($input: MoveLeadToStepInput!) {\n    moveLeadToStep(input: $input) {\n      __typename\n      ... on MoveLeadToStepSuccess {\n        lead {\n          id\n        }\n      }\n      ... on TransitionNotAllowedError {\n        reason\n        missingFields\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.MoveLeadToStepDocument,
  '\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      __typename\n      ... on UpdateLeadSuccess {\n        lead {\n          id\n          name\n          email\n          company\n          source\n          score\n          customFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.UpdateLeadDocument,
  '\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      __typename\n      ... on CreateOrganizationSuccess {\n        organization {\n          id\n          name\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.CreateOrganizationDocument,
  '\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id\n      workspaceId\n      name\n      emails\n      phones\n      links\n      customFields\n      createdAt\n      ownerId\n    }\n  }\n':
    types.OrganizationDetailDocument,
  '\n  query OrganizationRelations($workspaceId: ID!, $organizationId: ID!) {\n    people(workspaceId: $workspaceId, organizationId: $organizationId, first: 20) {\n      edges {\n        node {\n          id\n          name\n          emails\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    deals(workspaceId: $workspaceId, filter: { organizationId: $organizationId }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          amount {\n            amount\n            currency\n          }\n          stage {\n            step {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n':
    types.OrganizationRelationsDocument,
  '\n  query OrganizationsList(\n    $workspaceId: ID!\n    $search: String\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    organizations(\n      workspaceId: $workspaceId\n      search: $search\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      edges {\n        node {\n          id\n          name\n          emails\n          links\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n':
    types.OrganizationsListDocument,
  '\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      __typename\n      ... on UpdateOrganizationSuccess {\n        organization {\n          id\n          name\n          emails\n          phones\n          links\n          customFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.UpdateOrganizationDocument,
  '\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      __typename\n      ... on CreatePersonSuccess {\n        person {\n          id\n          name\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.CreatePersonDocument,
  '\n  query PersonOrganizationOptions($workspaceId: ID!) {\n    organizations(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.PersonOrganizationOptionsDocument,
  '\n  query PeopleList(\n    $workspaceId: ID!\n    $search: String\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    people(\n      workspaceId: $workspaceId\n      search: $search\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      edges {\n        node {\n          id\n          name\n          emails\n          phones\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n':
    types.PeopleListDocument,
  '\n  query PersonDetail($id: ID!) {\n    person(id: $id) {\n      id\n      workspaceId\n      name\n      emails\n      phones\n      links\n      customFields\n      createdAt\n      ownerId\n      organizationId\n      organization {\n        id\n        name\n      }\n    }\n  }\n':
    types.PersonDetailDocument,
  '\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      __typename\n      ... on UpdatePersonSuccess {\n        person {\n          id\n          name\n          emails\n          phones\n          links\n          customFields\n          organizationId\n          organization {\n            id\n            name\n          }\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.UpdatePersonDocument,
  '\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) {\n      __typename\n      ... on CreateDealSuccess {\n        deal {\n          id\n          name\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.CreateDealDocument,
  '\n  query DealTransitions($dealId: ID!) {\n    availableTransitions(entityId: $dealId, entityType: DEAL) {\n      allowed\n      message\n      reason\n      missingFields\n      step {\n        id\n      }\n    }\n  }\n':
    types.DealTransitionsDocument,
  '\n  query DealWorkflows($workspaceId: ID!) {\n    workflows(workspaceId: $workspaceId, entityType: DEAL) {\n      id\n      name\n    }\n  }\n':
    types.DealWorkflowsDocument,
  '\n  query PipelineBoard($workflowId: ID!, $workspaceId: ID!) {\n    pipeline(workflowId: $workflowId) {\n      workflow {\n        id\n        name\n      }\n      steps {\n        count\n        staleCount\n        totals {\n          amount\n          currency\n        }\n        weightedTotals {\n          amount\n          currency\n        }\n        step {\n          id\n          key\n          name\n          position\n          isInitial\n          isFinal\n          defaultProbability\n          expectedDwellDays\n          status {\n            id\n            category\n            color\n          }\n        }\n        deals(first: 50) {\n          id\n          name\n          amount {\n            amount\n            currency\n          }\n          probability\n        }\n      }\n    }\n    staleDeals(workspaceId: $workspaceId, first: 100) {\n      deal {\n        id\n      }\n      daysInStep\n      expectedDwellDays\n      overdueDays\n    }\n  }\n':
    types.PipelineBoardDocument,
  '\n  query PolicyReport($workspaceId: ID!) {\n    policyReport(workspaceId: $workspaceId) {\n      workspaceId\n      livePolicy\n      answeredTips\n      observedReward\n      policies {\n        name\n        live\n        updates\n        sampleSize\n        effectiveSampleSize\n        ips {\n          estimate\n          low\n          high\n        }\n        snips {\n          estimate\n          low\n          high\n        }\n        dm {\n          estimate\n          low\n          high\n        }\n        dr {\n          estimate\n          low\n          high\n        }\n      }\n    }\n  }\n':
    types.PolicyReportDocument,
  '\n  mutation PromotePolicy($input: PromotePolicyInput!) {\n    promotePolicy(input: $input) {\n      __typename\n      ... on PromotePolicySuccess {\n        report {\n          workspaceId\n          livePolicy\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.PromotePolicyDocument,
  '\n  query AutomationRun($id: ID!) {\n    automationRun(id: $id) {\n      ...RunDetailFields\n    }\n  }\n':
    types.AutomationRunDocument,
  '\n  query AutomationRuns(\n    $workspaceId: ID!\n    $filter: AutomationRunFilter\n    $first: Int\n    $after: String\n  ) {\n    automationRuns(workspaceId: $workspaceId, filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...RunSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.AutomationRunsDocument,
  '\n  mutation CancelAutomationRun($input: AutomationRunInput!) {\n    cancelAutomationRun(input: $input) {\n      __typename\n      ... on CancelAutomationRunSuccess {\n        run {\n          ...RunDetailFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.CancelAutomationRunDocument,
  '\n  mutation ReplayAutomationRun($input: AutomationRunInput!) {\n    replayAutomationRun(input: $input) {\n      __typename\n      ... on ReplayAutomationRunSuccess {\n        run {\n          ...RunDetailFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.ReplayAutomationRunDocument,
  '\n  fragment RunSummaryFields on AutomationRun {\n    id\n    functionId\n    functionName\n    status\n    attempts\n    createdAt\n    startedAt\n    endedAt\n    durationMs\n    replayOf\n    triggerEvent {\n      name\n      ts\n      data\n    }\n  }\n':
    types.RunSummaryFieldsFragmentDoc,
  '\n  fragment RunDetailFields on AutomationRun {\n    ...RunSummaryFields\n    workspaceId\n    output\n    error {\n      name\n      message\n      stack\n    }\n    steps {\n      stepId: id\n      name\n      op\n      status\n      attempts\n      startedAt\n      endedAt\n      durationMs\n      output\n      error {\n        name\n        message\n        stack\n      }\n    }\n  }\n':
    types.RunDetailFieldsFragmentDoc,
  '\n  query NotificationDeliveries($first: Int) {\n    notificationDeliveries(first: $first) {\n      id\n      channel\n      kind\n      status\n      attempt\n      detail\n      createdAt\n      updatedAt\n    }\n  }\n':
    types.NotificationDeliveriesDocument,
  '\n  query SettingsPreferences {\n    me {\n      id\n      email\n    }\n    notificationPreferences {\n      timeZone\n      quietStart\n      quietEnd\n      inApp\n      email\n      dailyEmailCap\n      updatedAt\n    }\n  }\n':
    types.SettingsPreferencesDocument,
  '\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      __typename\n      ... on UpdateNotificationPreferencesSuccess {\n        preferences {\n          timeZone\n          quietStart\n          quietEnd\n          inApp\n          email\n          dailyEmailCap\n          updatedAt\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.UpdateNotificationPreferencesDocument,
  '\n  fragment ConnectionFields on Connection {\n    id\n    workspaceId\n    kind\n    name\n    settings\n    credentialsHint\n    private\n    status\n    lastSyncAt\n    lastError\n    lastErrorAt\n    syncIntervalSeconds\n    webhookUrl\n    createdAt\n  }\n':
    types.ConnectionFieldsFragmentDoc,
  '\n  query Connections($workspaceId: ID!) {\n    connections(workspaceId: $workspaceId) {\n      ...ConnectionFields\n    }\n  }\n':
    types.ConnectionsDocument,
  '\n  mutation CreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on CreateConnectionSuccess {\n        connection {\n          ...ConnectionFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.CreateConnectionDocument,
  '\n  fragment DeadLetterFields on DeadLetter {\n    id\n    source\n    externalId\n    error\n    createdAt\n    replayedAt\n    replayCount\n    resolvedAt\n  }\n':
    types.DeadLetterFieldsFragmentDoc,
  '\n  query ConnectionDeadLetters($id: ID!, $first: Int) {\n    connection(id: $id) {\n      id\n      deadLetters(first: $first) {\n        edges {\n          node {\n            ...DeadLetterFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.ConnectionDeadLettersDocument,
  '\n  mutation ReplayDeadLetter($input: ReplayDeadLetterInput!) {\n    replayDeadLetter(input: $input) {\n      __typename\n      ... on ReplayDeadLetterSuccess {\n        deadLetter {\n          ...DeadLetterFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.ReplayDeadLetterDocument,
  '\n  mutation DeleteConnection($input: DeleteConnectionInput!) {\n    deleteConnection(input: $input) {\n      __typename\n      ... on DeleteConnectionSuccess {\n        id\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.DeleteConnectionDocument,
  '\n  mutation SyncConnection($input: SyncConnectionInput!) {\n    syncConnection(input: $input) {\n      __typename\n      ... on SyncConnectionSuccess {\n        connection {\n          ...ConnectionFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.SyncConnectionDocument,
  '\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      __typename\n      ... on TestConnectionSuccess {\n        accountName\n        connection {\n          ...ConnectionFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.TestConnectionDocument,
  '\n  mutation UpdateConnectionCredentials($input: UpdateConnectionCredentialsInput!) {\n    updateConnectionCredentials(input: $input) {\n      __typename\n      ... on UpdateConnectionCredentialsSuccess {\n        connection {\n          ...ConnectionFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.UpdateConnectionCredentialsDocument,
  '\n  query ExplainTip($tipId: ID!) {\n    explainTip(tipId: $tipId) {\n      policy\n      propensity\n      candidateCount\n      topFeatures {\n        feature\n        value\n        contribution\n      }\n      shadows {\n        policy\n        title\n        kind\n        propensity\n        probabilityOfChosen\n        agreesWithLive\n      }\n    }\n  }\n':
    types.ExplainTipDocument,
  '\n  mutation GiveTipFeedback($input: GiveTipFeedbackInput!) {\n    giveTipFeedback(input: $input) {\n      __typename\n      ... on GiveTipFeedbackSuccess {\n        tip {\n          id\n          status\n          snoozedUntil\n          decidedAt\n        }\n      }\n      ... on AlreadyDecidedError {\n        tipId\n        status\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.GiveTipFeedbackDocument,
  '\n  fragment CurrentTipFields on Tip {\n    id\n    kind\n    title\n    detail\n    entityType\n    entityId\n    status\n    policy\n    createdAt\n  }\n':
    types.CurrentTipFieldsFragmentDoc,
  '\n  query NextTip($workspaceId: ID!) {\n    nextTip(workspaceId: $workspaceId) {\n      ...CurrentTipFields\n    }\n  }\n':
    types.NextTipDocument,
  '\n  mutation RequestNextTip($input: RequestNextTipInput!) {\n    requestNextTip(input: $input) {\n      __typename\n      ... on RequestNextTipSuccess {\n        decision {\n          tip {\n            ...CurrentTipFields\n          }\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.RequestNextTipDocument,
  '\n  subscription TipAdded($workspaceId: ID!) {\n    tipAdded(workspaceId: $workspaceId) {\n      id\n      title\n      status\n    }\n  }\n':
    types.TipAddedDocument,
  '\n  query TodayViewer {\n    me {\n      id\n    }\n  }\n': types.TodayViewerDocument,
  '\n  query TodayOpenActivities($workspaceId: ID!, $assigneeId: ID!) {\n    activities(\n      workspaceId: $workspaceId\n      filter: { assigneeId: $assigneeId, done: false }\n      orderBy: { field: DUE_AT, direction: ASC }\n      first: 100\n    ) {\n      edges {\n        node {\n          id\n          kind\n          title\n          dueAt\n          done\n          doneAt\n          overdue\n          entityType\n          entityId\n        }\n      }\n    }\n  }\n':
    types.TodayOpenActivitiesDocument,
  '\n  mutation AddWorkflowTransition($input: AddWorkflowTransitionInput!) {\n    addWorkflowTransition(input: $input) {\n      __typename\n      ... on AddWorkflowTransitionSuccess {\n        transition {\n          id\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.AddWorkflowTransitionDocument,
  '\n  mutation CreateWorkflowDraft($input: CreateWorkflowDraftInput!) {\n    createWorkflowDraft(input: $input) {\n      __typename\n      ... on CreateWorkflowDraftSuccess {\n        version {\n          id\n          version\n          state\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.CreateWorkflowDraftDocument,
  '\n  mutation PublishWorkflow($input: PublishWorkflowInput!) {\n    publishWorkflow(input: $input) {\n      __typename\n      ... on PublishWorkflowSuccess {\n        version {\n          id\n          version\n          state\n          publishedAt\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.PublishWorkflowDocument,
  '\n  mutation RemoveWorkflowTransition($input: RemoveWorkflowTransitionInput!) {\n    removeWorkflowTransition(input: $input) {\n      __typename\n      ... on RemoveWorkflowTransitionSuccess {\n        transition {\n          id\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.RemoveWorkflowTransitionDocument,
  '\n  mutation UpdateWorkflowStep($input: UpdateWorkflowStepInput!) {\n    updateWorkflowStep(input: $input) {\n      __typename\n      ... on UpdateWorkflowStepSuccess {\n        step {\n          ...WorkflowStepFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.UpdateWorkflowStepDocument,
  '\n  fragment WorkflowStepFields on WorkflowStep {\n    id\n    key\n    name\n    position\n    isInitial\n    isFinal\n    defaultProbability\n    expectedDwellDays\n    metadata\n    status {\n      id\n      name\n      category\n      color\n    }\n  }\n':
    types.WorkflowStepFieldsFragmentDoc,
  '\n  query Workflow($id: ID!) {\n    workflow(id: $id) {\n      id\n      name\n      entityType\n      projectTypeName\n      versions {\n        id\n        version\n        state\n        publishedAt\n        steps {\n          ...WorkflowStepFields\n        }\n        transitions {\n          id\n          requiredFields\n          allowedRoles\n          fromStep {\n            id\n          }\n          toStep {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.WorkflowDocument,
  '\n  query Workflows($workspaceId: ID!) {\n    workflows(workspaceId: $workspaceId) {\n      id\n      name\n      entityType\n      projectTypeName\n      versions {\n        id\n        version\n        state\n        publishedAt\n        steps {\n          id\n        }\n      }\n    }\n  }\n':
    types.WorkflowsDocument,
  '\n  mutation AddWorkspaceMember($input: AddWorkspaceMemberInput!) {\n    addWorkspaceMember(input: $input) {\n      __typename\n      ... on AddWorkspaceMemberSuccess {\n        member {\n          userId\n          email\n          role\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.AddWorkspaceMemberDocument,
  '\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      __typename\n      ... on CreateWorkspaceSuccess {\n        workspace {\n          id\n          name\n          slug\n          role\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n':
    types.CreateWorkspaceDocument,
  '\n  query MyWorkspaces {\n    me {\n      id\n      email\n      workspaces {\n        id\n        name\n        slug\n        role\n      }\n    }\n  }\n':
    types.MyWorkspacesDocument,
  '\n  query WorkspaceMembers {\n    me {\n      id\n      workspaces {\n        id\n        members {\n          userId\n          email\n          role\n        }\n      }\n    }\n  }\n':
    types.WorkspaceMembersDocument,
  '\n  fragment ApiErrorFields on Error {\n    message\n    code\n    ... on ValidationError {\n      fieldErrors {\n        path\n        message\n      }\n    }\n    ... on NotFoundError {\n      entity\n    }\n  }\n':
    types.ApiErrorFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveDealToStep($input: MoveDealToStepInput!) {\n    moveDealToStep(input: $input) {\n      __typename\n      ... on MoveDealToStepSuccess {\n        deal {\n          id\n          probability\n        }\n      }\n      ... on TransitionNotAllowedError {\n        reason\n        missingFields\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveDealToStep($input: MoveDealToStepInput!) {\n    moveDealToStep(input: $input) {\n      __typename\n      ... on MoveDealToStepSuccess {\n        deal {\n          id\n          probability\n        }\n      }\n      ... on TransitionNotAllowedError {\n        reason\n        missingFields\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateRecordNote($input: CreateNoteInput!) {\n    createNote(input: $input) {\n      __typename\n      ... on CreateNoteSuccess {\n        note {\n          id\n          body\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateRecordNote($input: CreateNoteInput!) {\n    createNote(input: $input) {\n      __typename\n      ... on CreateNoteSuccess {\n        note {\n          id\n          body\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecordCustomFieldDefinitions($workspaceId: ID!, $entityType: EntityType!) {\n    customFieldDefinitions(workspaceId: $workspaceId, entityType: $entityType) {\n      id\n      key\n      label\n      type\n      options\n      required\n      position\n    }\n  }\n',
): (typeof documents)['\n  query RecordCustomFieldDefinitions($workspaceId: ID!, $entityType: EntityType!) {\n    customFieldDefinitions(workspaceId: $workspaceId, entityType: $entityType) {\n      id\n      key\n      label\n      type\n      options\n      required\n      position\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecordTimeline($entityType: EntityType!, $entityId: ID!, $first: Int!, $after: String) {\n    timeline(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          at\n          actorId\n          ... on TimelineNote {\n            note {\n              id\n              body\n            }\n          }\n          ... on TimelineActivity {\n            activity {\n              id\n              kind\n              title\n              body\n              done\n              doneAt\n              dueAt\n              overdue\n              createdAt\n            }\n          }\n          ... on TimelineStatusChange {\n            kind\n            reason\n            fromStep {\n              id\n              name\n            }\n            toStep {\n              id\n              name\n              status {\n                id\n                category\n                color\n              }\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RecordTimeline($entityType: EntityType!, $entityId: ID!, $first: Int!, $after: String) {\n    timeline(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          __typename\n          id\n          at\n          actorId\n          ... on TimelineNote {\n            note {\n              id\n              body\n            }\n          }\n          ... on TimelineActivity {\n            activity {\n              id\n              kind\n              title\n              body\n              done\n              doneAt\n              dueAt\n              overdue\n              createdAt\n            }\n          }\n          ... on TimelineStatusChange {\n            kind\n            reason\n            fromStep {\n              id\n              name\n            }\n            toStep {\n              id\n              name\n              status {\n                id\n                category\n                color\n              }\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecordTransitions($entityId: ID!, $entityType: EntityType!) {\n    availableTransitions(entityId: $entityId, entityType: $entityType) {\n      allowed\n      message\n      reason\n      missingFields\n      step {\n        id\n        name\n        position\n        isFinal\n        status {\n          id\n          category\n          color\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RecordTransitions($entityId: ID!, $entityType: EntityType!) {\n    availableTransitions(entityId: $entityId, entityType: $entityType) {\n      allowed\n      message\n      reason\n      missingFields\n      step {\n        id\n        name\n        position\n        isFinal\n        status {\n          id\n          category\n          color\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StageFields on WorkflowPosition {\n    daysInStep\n    step {\n      id\n      name\n      isFinal\n      status {\n        id\n        category\n        color\n      }\n    }\n    workflow {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment StageFields on WorkflowPosition {\n    daysInStep\n    step {\n      id\n      name\n      isFinal\n      status {\n        id\n        category\n        color\n      }\n    }\n    workflow {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TaskFields on Activity {\n    id\n    kind\n    title\n    body\n    done\n    doneAt\n    dueAt\n    overdue\n    createdAt\n    assigneeId\n    entityType\n    entityId\n  }\n',
): (typeof documents)['\n  fragment TaskFields on Activity {\n    id\n    kind\n    title\n    body\n    done\n    doneAt\n    dueAt\n    overdue\n    createdAt\n    assigneeId\n    entityType\n    entityId\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecordTasks($workspaceId: ID!, $entityType: EntityType!, $entityId: ID!, $after: String) {\n    activities(\n      workspaceId: $workspaceId\n      filter: { entityType: $entityType, entityId: $entityId }\n      orderBy: { field: DUE_AT, direction: ASC }\n      first: 25\n      after: $after\n    ) {\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RecordTasks($workspaceId: ID!, $entityType: EntityType!, $entityId: ID!, $after: String) {\n    activities(\n      workspaceId: $workspaceId\n      filter: { entityType: $entityType, entityId: $entityId }\n      orderBy: { field: DUE_AT, direction: ASC }\n      first: 25\n      after: $after\n    ) {\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTaskActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on CreateActivitySuccess {\n        activity {\n          ...TaskFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateTaskActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      __typename\n      ... on CreateActivitySuccess {\n        activity {\n          ...TaskFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteActivityInPlace($input: CompleteActivityInput!) {\n    completeActivity(input: $input) {\n      __typename\n      ... on CompleteActivitySuccess {\n        activity {\n          __typename\n          id\n          done\n          doneAt\n          overdue\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteActivityInPlace($input: CompleteActivityInput!) {\n    completeActivity(input: $input) {\n      __typename\n      ... on CompleteActivitySuccess {\n        activity {\n          __typename\n          id\n          done\n          doneAt\n          overdue\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReopenActivityInPlace($input: ReopenActivityInput!) {\n    reopenActivity(input: $input) {\n      __typename\n      ... on ReopenActivitySuccess {\n        activity {\n          __typename\n          id\n          done\n          doneAt\n          overdue\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReopenActivityInPlace($input: ReopenActivityInput!) {\n    reopenActivity(input: $input) {\n      __typename\n      ... on ReopenActivitySuccess {\n        activity {\n          __typename\n          id\n          done\n          doneAt\n          overdue\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyTasks(\n    $workspaceId: ID!\n    $assigneeId: ID!\n    $done: Boolean!\n    $orderBy: ActivityOrder!\n    $after: String\n  ) {\n    activities(\n      workspaceId: $workspaceId\n      filter: { assigneeId: $assigneeId, done: $done }\n      orderBy: $orderBy\n      first: 30\n      after: $after\n    ) {\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyTasks(\n    $workspaceId: ID!\n    $assigneeId: ID!\n    $done: Boolean!\n    $orderBy: ActivityOrder!\n    $after: String\n  ) {\n    activities(\n      workspaceId: $workspaceId\n      filter: { assigneeId: $assigneeId, done: $done }\n      orderBy: $orderBy\n      first: 30\n      after: $after\n    ) {\n      edges {\n        node {\n          ...TaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignDeal($input: AssignDealInput!) {\n    assignDeal(input: $input) {\n      __typename\n      ... on AssignDealSuccess {\n        deal {\n          id\n          assigneeId\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignDeal($input: AssignDealInput!) {\n    assignDeal(input: $input) {\n      __typename\n      ... on AssignDealSuccess {\n        deal {\n          id\n          assigneeId\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DealDetail($id: ID!) {\n    deal(id: $id) {\n      id\n      workspaceId\n      name\n      amount {\n        amount\n        currency\n      }\n      currency\n      expectedCloseDate\n      probability\n      customFields\n      createdAt\n      ownerId\n      assigneeId\n      organization {\n        id\n        name\n      }\n      people {\n        id\n        name\n      }\n      stage {\n        ...StageFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DealDetail($id: ID!) {\n    deal(id: $id) {\n      id\n      workspaceId\n      name\n      amount {\n        amount\n        currency\n      }\n      currency\n      expectedCloseDate\n      probability\n      customFields\n      createdAt\n      ownerId\n      assigneeId\n      organization {\n        id\n        name\n      }\n      people {\n        id\n        name\n      }\n      stage {\n        ...StageFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateDeal($input: UpdateDealInput!) {\n    updateDeal(input: $input) {\n      __typename\n      ... on UpdateDealSuccess {\n        deal {\n          id\n          name\n          amount {\n            amount\n            currency\n          }\n          currency\n          expectedCloseDate\n          customFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateDeal($input: UpdateDealInput!) {\n    updateDeal(input: $input) {\n      __typename\n      ... on UpdateDealSuccess {\n        deal {\n          id\n          name\n          amount {\n            amount\n            currency\n          }\n          currency\n          expectedCloseDate\n          customFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      __typename\n      ... on AssignConversationSuccess {\n        conversation {\n          id\n          assigneeId\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      __typename\n      ... on AssignConversationSuccess {\n        conversation {\n          id\n          assigneeId\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ConversationSummaryFields on Conversation {\n    id\n    channel\n    subject\n    preview\n    unread\n    lastMessageAt\n    messageCount\n    status\n    person {\n      id\n      name\n    }\n    organization {\n      id\n      name\n    }\n    assigneeId\n    participants {\n      handle\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment ConversationSummaryFields on Conversation {\n    id\n    channel\n    subject\n    preview\n    unread\n    lastMessageAt\n    messageCount\n    status\n    person {\n      id\n      name\n    }\n    organization {\n      id\n      name\n    }\n    assigneeId\n    participants {\n      handle\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LinkedParticipantFields on Participant {\n    handle\n    name\n    person {\n      id\n      name\n      organization {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment LinkedParticipantFields on Participant {\n    handle\n    name\n    person {\n      id\n      name\n      organization {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MessageFields on Message {\n    id\n    direction\n    sender {\n      handle\n      name\n      person {\n        id\n        name\n      }\n    }\n    text\n    html\n    sentAt\n    attachments {\n      name\n      mime\n      size\n      url\n    }\n    editedAt\n    deleted\n  }\n',
): (typeof documents)['\n  fragment MessageFields on Message {\n    id\n    direction\n    sender {\n      handle\n      name\n      person {\n        id\n        name\n      }\n    }\n    text\n    html\n    sentAt\n    attachments {\n      name\n      mime\n      size\n      url\n    }\n    editedAt\n    deleted\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReplyFields on Reply {\n    id\n    text\n    status\n    error\n    createdAt\n    sentAt\n  }\n',
): (typeof documents)['\n  fragment ReplyFields on Reply {\n    id\n    text\n    status\n    error\n    createdAt\n    sentAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ConversationUpdated($workspaceId: ID!) {\n    conversationUpdated(workspaceId: $workspaceId) {\n      ...ConversationSummaryFields\n    }\n  }\n',
): (typeof documents)['\n  subscription ConversationUpdated($workspaceId: ID!) {\n    conversationUpdated(workspaceId: $workspaceId) {\n      ...ConversationSummaryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Conversation($id: ID!, $last: Int) {\n    conversation(id: $id) {\n      ...ConversationSummaryFields\n      connectionId\n      connection {\n        id\n        name\n        status\n      }\n      participants {\n        ...LinkedParticipantFields\n      }\n      messages(last: $last) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          startCursor\n        }\n      }\n      replies {\n        ...ReplyFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Conversation($id: ID!, $last: Int) {\n    conversation(id: $id) {\n      ...ConversationSummaryFields\n      connectionId\n      connection {\n        id\n        name\n        status\n      }\n      participants {\n        ...LinkedParticipantFields\n      }\n      messages(last: $last) {\n        edges {\n          cursor\n          node {\n            ...MessageFields\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          startCursor\n        }\n      }\n      replies {\n        ...ReplyFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Conversations($workspaceId: ID!, $filter: ConversationFilter, $first: Int, $after: String) {\n    conversations(workspaceId: $workspaceId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ConversationSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Conversations($workspaceId: ID!, $filter: ConversationFilter, $first: Int, $after: String) {\n    conversations(workspaceId: $workspaceId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ConversationSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InboxUnreadCount($workspaceId: ID!) {\n    conversations(workspaceId: $workspaceId, filter: { unread: true }, first: 0) {\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query InboxUnreadCount($workspaceId: ID!) {\n    conversations(workspaceId: $workspaceId, filter: { unread: true }, first: 0) {\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      __typename\n      ... on MarkConversationReadSuccess {\n        conversation {\n          id\n          unread\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      __typename\n      ... on MarkConversationReadSuccess {\n        conversation {\n          id\n          unread\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendReply($input: SendReplyInput!) {\n    sendReply(input: $input) {\n      __typename\n      ... on SendReplySuccess {\n        reply {\n          ...ReplyFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SendReply($input: SendReplyInput!) {\n    sendReply(input: $input) {\n      __typename\n      ... on SendReplySuccess {\n        reply {\n          ...ReplyFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      __typename\n      ... on ConvertLeadSuccess {\n        lead {\n          id\n          converted\n          convertedAt\n          convertedDeal {\n            id\n            name\n          }\n          convertedPerson {\n            id\n            name\n          }\n          convertedOrganization {\n            id\n            name\n          }\n          stage {\n            ...StageFields\n          }\n        }\n      }\n      ... on AlreadyConvertedError {\n        convertedDealId\n      }\n      ... on TransitionNotAllowedError {\n        reason\n        missingFields\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ConvertLead($input: ConvertLeadInput!) {\n    convertLead(input: $input) {\n      __typename\n      ... on ConvertLeadSuccess {\n        lead {\n          id\n          converted\n          convertedAt\n          convertedDeal {\n            id\n            name\n          }\n          convertedPerson {\n            id\n            name\n          }\n          convertedOrganization {\n            id\n            name\n          }\n          stage {\n            ...StageFields\n          }\n        }\n      }\n      ... on AlreadyConvertedError {\n        convertedDealId\n      }\n      ... on TransitionNotAllowedError {\n        reason\n        missingFields\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      __typename\n      ... on CreateLeadSuccess {\n        lead {\n          id\n          name\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      __typename\n      ... on CreateLeadSuccess {\n        lead {\n          id\n          name\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      id\n      workspaceId\n      name\n      email\n      company\n      source\n      score\n      customFields\n      createdAt\n      lastContactedAt\n      converted\n      convertedAt\n      convertedDeal {\n        id\n        name\n      }\n      convertedPerson {\n        id\n        name\n      }\n      convertedOrganization {\n        id\n        name\n      }\n      stage {\n        ...StageFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LeadDetail($id: ID!) {\n    lead(id: $id) {\n      id\n      workspaceId\n      name\n      email\n      company\n      source\n      score\n      customFields\n      createdAt\n      lastContactedAt\n      converted\n      convertedAt\n      convertedDeal {\n        id\n        name\n      }\n      convertedPerson {\n        id\n        name\n      }\n      convertedOrganization {\n        id\n        name\n      }\n      stage {\n        ...StageFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LeadsList(\n    $workspaceId: ID!\n    $search: String\n    $filter: LeadFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    leads(\n      workspaceId: $workspaceId\n      search: $search\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      edges {\n        node {\n          id\n          name\n          email\n          company\n          score\n          converted\n          stage {\n            step {\n              id\n              name\n              status {\n                id\n                category\n                color\n              }\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LeadsList(\n    $workspaceId: ID!\n    $search: String\n    $filter: LeadFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    leads(\n      workspaceId: $workspaceId\n      search: $search\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      edges {\n        node {\n          id\n          name\n          email\n          company\n          score\n          converted\n          stage {\n            step {\n              id\n              name\n              status {\n                id\n                category\n                color\n              }\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveLeadToStep($input: MoveLeadToStepInput!) {\n    moveLeadToStep(input: $input) {\n      __typename\n      ... on MoveLeadToStepSuccess {\n        lead {\n          id\n        }\n      }\n      ... on TransitionNotAllowedError {\n        reason\n        missingFields\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveLeadToStep($input: MoveLeadToStepInput!) {\n    moveLeadToStep(input: $input) {\n      __typename\n      ... on MoveLeadToStepSuccess {\n        lead {\n          id\n        }\n      }\n      ... on TransitionNotAllowedError {\n        reason\n        missingFields\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      __typename\n      ... on UpdateLeadSuccess {\n        lead {\n          id\n          name\n          email\n          company\n          source\n          score\n          customFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateLead($input: UpdateLeadInput!) {\n    updateLead(input: $input) {\n      __typename\n      ... on UpdateLeadSuccess {\n        lead {\n          id\n          name\n          email\n          company\n          source\n          score\n          customFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      __typename\n      ... on CreateOrganizationSuccess {\n        organization {\n          id\n          name\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      __typename\n      ... on CreateOrganizationSuccess {\n        organization {\n          id\n          name\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id\n      workspaceId\n      name\n      emails\n      phones\n      links\n      customFields\n      createdAt\n      ownerId\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationDetail($id: ID!) {\n    organization(id: $id) {\n      id\n      workspaceId\n      name\n      emails\n      phones\n      links\n      customFields\n      createdAt\n      ownerId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationRelations($workspaceId: ID!, $organizationId: ID!) {\n    people(workspaceId: $workspaceId, organizationId: $organizationId, first: 20) {\n      edges {\n        node {\n          id\n          name\n          emails\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    deals(workspaceId: $workspaceId, filter: { organizationId: $organizationId }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          amount {\n            amount\n            currency\n          }\n          stage {\n            step {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationRelations($workspaceId: ID!, $organizationId: ID!) {\n    people(workspaceId: $workspaceId, organizationId: $organizationId, first: 20) {\n      edges {\n        node {\n          id\n          name\n          emails\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    deals(workspaceId: $workspaceId, filter: { organizationId: $organizationId }, first: 20) {\n      edges {\n        node {\n          id\n          name\n          amount {\n            amount\n            currency\n          }\n          stage {\n            step {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationsList(\n    $workspaceId: ID!\n    $search: String\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    organizations(\n      workspaceId: $workspaceId\n      search: $search\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      edges {\n        node {\n          id\n          name\n          emails\n          links\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationsList(\n    $workspaceId: ID!\n    $search: String\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    organizations(\n      workspaceId: $workspaceId\n      search: $search\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      edges {\n        node {\n          id\n          name\n          emails\n          links\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      __typename\n      ... on UpdateOrganizationSuccess {\n        organization {\n          id\n          name\n          emails\n          phones\n          links\n          customFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      __typename\n      ... on UpdateOrganizationSuccess {\n        organization {\n          id\n          name\n          emails\n          phones\n          links\n          customFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      __typename\n      ... on CreatePersonSuccess {\n        person {\n          id\n          name\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      __typename\n      ... on CreatePersonSuccess {\n        person {\n          id\n          name\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonOrganizationOptions($workspaceId: ID!) {\n    organizations(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonOrganizationOptions($workspaceId: ID!) {\n    organizations(workspaceId: $workspaceId, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PeopleList(\n    $workspaceId: ID!\n    $search: String\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    people(\n      workspaceId: $workspaceId\n      search: $search\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      edges {\n        node {\n          id\n          name\n          emails\n          phones\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PeopleList(\n    $workspaceId: ID!\n    $search: String\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    people(\n      workspaceId: $workspaceId\n      search: $search\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      edges {\n        node {\n          id\n          name\n          emails\n          phones\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonDetail($id: ID!) {\n    person(id: $id) {\n      id\n      workspaceId\n      name\n      emails\n      phones\n      links\n      customFields\n      createdAt\n      ownerId\n      organizationId\n      organization {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonDetail($id: ID!) {\n    person(id: $id) {\n      id\n      workspaceId\n      name\n      emails\n      phones\n      links\n      customFields\n      createdAt\n      ownerId\n      organizationId\n      organization {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      __typename\n      ... on UpdatePersonSuccess {\n        person {\n          id\n          name\n          emails\n          phones\n          links\n          customFields\n          organizationId\n          organization {\n            id\n            name\n          }\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      __typename\n      ... on UpdatePersonSuccess {\n        person {\n          id\n          name\n          emails\n          phones\n          links\n          customFields\n          organizationId\n          organization {\n            id\n            name\n          }\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) {\n      __typename\n      ... on CreateDealSuccess {\n        deal {\n          id\n          name\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) {\n      __typename\n      ... on CreateDealSuccess {\n        deal {\n          id\n          name\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DealTransitions($dealId: ID!) {\n    availableTransitions(entityId: $dealId, entityType: DEAL) {\n      allowed\n      message\n      reason\n      missingFields\n      step {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DealTransitions($dealId: ID!) {\n    availableTransitions(entityId: $dealId, entityType: DEAL) {\n      allowed\n      message\n      reason\n      missingFields\n      step {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DealWorkflows($workspaceId: ID!) {\n    workflows(workspaceId: $workspaceId, entityType: DEAL) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query DealWorkflows($workspaceId: ID!) {\n    workflows(workspaceId: $workspaceId, entityType: DEAL) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PipelineBoard($workflowId: ID!, $workspaceId: ID!) {\n    pipeline(workflowId: $workflowId) {\n      workflow {\n        id\n        name\n      }\n      steps {\n        count\n        staleCount\n        totals {\n          amount\n          currency\n        }\n        weightedTotals {\n          amount\n          currency\n        }\n        step {\n          id\n          key\n          name\n          position\n          isInitial\n          isFinal\n          defaultProbability\n          expectedDwellDays\n          status {\n            id\n            category\n            color\n          }\n        }\n        deals(first: 50) {\n          id\n          name\n          amount {\n            amount\n            currency\n          }\n          probability\n        }\n      }\n    }\n    staleDeals(workspaceId: $workspaceId, first: 100) {\n      deal {\n        id\n      }\n      daysInStep\n      expectedDwellDays\n      overdueDays\n    }\n  }\n',
): (typeof documents)['\n  query PipelineBoard($workflowId: ID!, $workspaceId: ID!) {\n    pipeline(workflowId: $workflowId) {\n      workflow {\n        id\n        name\n      }\n      steps {\n        count\n        staleCount\n        totals {\n          amount\n          currency\n        }\n        weightedTotals {\n          amount\n          currency\n        }\n        step {\n          id\n          key\n          name\n          position\n          isInitial\n          isFinal\n          defaultProbability\n          expectedDwellDays\n          status {\n            id\n            category\n            color\n          }\n        }\n        deals(first: 50) {\n          id\n          name\n          amount {\n            amount\n            currency\n          }\n          probability\n        }\n      }\n    }\n    staleDeals(workspaceId: $workspaceId, first: 100) {\n      deal {\n        id\n      }\n      daysInStep\n      expectedDwellDays\n      overdueDays\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PolicyReport($workspaceId: ID!) {\n    policyReport(workspaceId: $workspaceId) {\n      workspaceId\n      livePolicy\n      answeredTips\n      observedReward\n      policies {\n        name\n        live\n        updates\n        sampleSize\n        effectiveSampleSize\n        ips {\n          estimate\n          low\n          high\n        }\n        snips {\n          estimate\n          low\n          high\n        }\n        dm {\n          estimate\n          low\n          high\n        }\n        dr {\n          estimate\n          low\n          high\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PolicyReport($workspaceId: ID!) {\n    policyReport(workspaceId: $workspaceId) {\n      workspaceId\n      livePolicy\n      answeredTips\n      observedReward\n      policies {\n        name\n        live\n        updates\n        sampleSize\n        effectiveSampleSize\n        ips {\n          estimate\n          low\n          high\n        }\n        snips {\n          estimate\n          low\n          high\n        }\n        dm {\n          estimate\n          low\n          high\n        }\n        dr {\n          estimate\n          low\n          high\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PromotePolicy($input: PromotePolicyInput!) {\n    promotePolicy(input: $input) {\n      __typename\n      ... on PromotePolicySuccess {\n        report {\n          workspaceId\n          livePolicy\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PromotePolicy($input: PromotePolicyInput!) {\n    promotePolicy(input: $input) {\n      __typename\n      ... on PromotePolicySuccess {\n        report {\n          workspaceId\n          livePolicy\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AutomationRun($id: ID!) {\n    automationRun(id: $id) {\n      ...RunDetailFields\n    }\n  }\n',
): (typeof documents)['\n  query AutomationRun($id: ID!) {\n    automationRun(id: $id) {\n      ...RunDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AutomationRuns(\n    $workspaceId: ID!\n    $filter: AutomationRunFilter\n    $first: Int\n    $after: String\n  ) {\n    automationRuns(workspaceId: $workspaceId, filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...RunSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AutomationRuns(\n    $workspaceId: ID!\n    $filter: AutomationRunFilter\n    $first: Int\n    $after: String\n  ) {\n    automationRuns(workspaceId: $workspaceId, filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...RunSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelAutomationRun($input: AutomationRunInput!) {\n    cancelAutomationRun(input: $input) {\n      __typename\n      ... on CancelAutomationRunSuccess {\n        run {\n          ...RunDetailFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelAutomationRun($input: AutomationRunInput!) {\n    cancelAutomationRun(input: $input) {\n      __typename\n      ... on CancelAutomationRunSuccess {\n        run {\n          ...RunDetailFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplayAutomationRun($input: AutomationRunInput!) {\n    replayAutomationRun(input: $input) {\n      __typename\n      ... on ReplayAutomationRunSuccess {\n        run {\n          ...RunDetailFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReplayAutomationRun($input: AutomationRunInput!) {\n    replayAutomationRun(input: $input) {\n      __typename\n      ... on ReplayAutomationRunSuccess {\n        run {\n          ...RunDetailFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RunSummaryFields on AutomationRun {\n    id\n    functionId\n    functionName\n    status\n    attempts\n    createdAt\n    startedAt\n    endedAt\n    durationMs\n    replayOf\n    triggerEvent {\n      name\n      ts\n      data\n    }\n  }\n',
): (typeof documents)['\n  fragment RunSummaryFields on AutomationRun {\n    id\n    functionId\n    functionName\n    status\n    attempts\n    createdAt\n    startedAt\n    endedAt\n    durationMs\n    replayOf\n    triggerEvent {\n      name\n      ts\n      data\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RunDetailFields on AutomationRun {\n    ...RunSummaryFields\n    workspaceId\n    output\n    error {\n      name\n      message\n      stack\n    }\n    steps {\n      stepId: id\n      name\n      op\n      status\n      attempts\n      startedAt\n      endedAt\n      durationMs\n      output\n      error {\n        name\n        message\n        stack\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment RunDetailFields on AutomationRun {\n    ...RunSummaryFields\n    workspaceId\n    output\n    error {\n      name\n      message\n      stack\n    }\n    steps {\n      stepId: id\n      name\n      op\n      status\n      attempts\n      startedAt\n      endedAt\n      durationMs\n      output\n      error {\n        name\n        message\n        stack\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationDeliveries($first: Int) {\n    notificationDeliveries(first: $first) {\n      id\n      channel\n      kind\n      status\n      attempt\n      detail\n      createdAt\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  query NotificationDeliveries($first: Int) {\n    notificationDeliveries(first: $first) {\n      id\n      channel\n      kind\n      status\n      attempt\n      detail\n      createdAt\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SettingsPreferences {\n    me {\n      id\n      email\n    }\n    notificationPreferences {\n      timeZone\n      quietStart\n      quietEnd\n      inApp\n      email\n      dailyEmailCap\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  query SettingsPreferences {\n    me {\n      id\n      email\n    }\n    notificationPreferences {\n      timeZone\n      quietStart\n      quietEnd\n      inApp\n      email\n      dailyEmailCap\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      __typename\n      ... on UpdateNotificationPreferencesSuccess {\n        preferences {\n          timeZone\n          quietStart\n          quietEnd\n          inApp\n          email\n          dailyEmailCap\n          updatedAt\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      __typename\n      ... on UpdateNotificationPreferencesSuccess {\n        preferences {\n          timeZone\n          quietStart\n          quietEnd\n          inApp\n          email\n          dailyEmailCap\n          updatedAt\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ConnectionFields on Connection {\n    id\n    workspaceId\n    kind\n    name\n    settings\n    credentialsHint\n    private\n    status\n    lastSyncAt\n    lastError\n    lastErrorAt\n    syncIntervalSeconds\n    webhookUrl\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment ConnectionFields on Connection {\n    id\n    workspaceId\n    kind\n    name\n    settings\n    credentialsHint\n    private\n    status\n    lastSyncAt\n    lastError\n    lastErrorAt\n    syncIntervalSeconds\n    webhookUrl\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Connections($workspaceId: ID!) {\n    connections(workspaceId: $workspaceId) {\n      ...ConnectionFields\n    }\n  }\n',
): (typeof documents)['\n  query Connections($workspaceId: ID!) {\n    connections(workspaceId: $workspaceId) {\n      ...ConnectionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on CreateConnectionSuccess {\n        connection {\n          ...ConnectionFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on CreateConnectionSuccess {\n        connection {\n          ...ConnectionFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DeadLetterFields on DeadLetter {\n    id\n    source\n    externalId\n    error\n    createdAt\n    replayedAt\n    replayCount\n    resolvedAt\n  }\n',
): (typeof documents)['\n  fragment DeadLetterFields on DeadLetter {\n    id\n    source\n    externalId\n    error\n    createdAt\n    replayedAt\n    replayCount\n    resolvedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConnectionDeadLetters($id: ID!, $first: Int) {\n    connection(id: $id) {\n      id\n      deadLetters(first: $first) {\n        edges {\n          node {\n            ...DeadLetterFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ConnectionDeadLetters($id: ID!, $first: Int) {\n    connection(id: $id) {\n      id\n      deadLetters(first: $first) {\n        edges {\n          node {\n            ...DeadLetterFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplayDeadLetter($input: ReplayDeadLetterInput!) {\n    replayDeadLetter(input: $input) {\n      __typename\n      ... on ReplayDeadLetterSuccess {\n        deadLetter {\n          ...DeadLetterFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReplayDeadLetter($input: ReplayDeadLetterInput!) {\n    replayDeadLetter(input: $input) {\n      __typename\n      ... on ReplayDeadLetterSuccess {\n        deadLetter {\n          ...DeadLetterFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteConnection($input: DeleteConnectionInput!) {\n    deleteConnection(input: $input) {\n      __typename\n      ... on DeleteConnectionSuccess {\n        id\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteConnection($input: DeleteConnectionInput!) {\n    deleteConnection(input: $input) {\n      __typename\n      ... on DeleteConnectionSuccess {\n        id\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SyncConnection($input: SyncConnectionInput!) {\n    syncConnection(input: $input) {\n      __typename\n      ... on SyncConnectionSuccess {\n        connection {\n          ...ConnectionFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SyncConnection($input: SyncConnectionInput!) {\n    syncConnection(input: $input) {\n      __typename\n      ... on SyncConnectionSuccess {\n        connection {\n          ...ConnectionFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      __typename\n      ... on TestConnectionSuccess {\n        accountName\n        connection {\n          ...ConnectionFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      __typename\n      ... on TestConnectionSuccess {\n        accountName\n        connection {\n          ...ConnectionFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateConnectionCredentials($input: UpdateConnectionCredentialsInput!) {\n    updateConnectionCredentials(input: $input) {\n      __typename\n      ... on UpdateConnectionCredentialsSuccess {\n        connection {\n          ...ConnectionFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateConnectionCredentials($input: UpdateConnectionCredentialsInput!) {\n    updateConnectionCredentials(input: $input) {\n      __typename\n      ... on UpdateConnectionCredentialsSuccess {\n        connection {\n          ...ConnectionFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExplainTip($tipId: ID!) {\n    explainTip(tipId: $tipId) {\n      policy\n      propensity\n      candidateCount\n      topFeatures {\n        feature\n        value\n        contribution\n      }\n      shadows {\n        policy\n        title\n        kind\n        propensity\n        probabilityOfChosen\n        agreesWithLive\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ExplainTip($tipId: ID!) {\n    explainTip(tipId: $tipId) {\n      policy\n      propensity\n      candidateCount\n      topFeatures {\n        feature\n        value\n        contribution\n      }\n      shadows {\n        policy\n        title\n        kind\n        propensity\n        probabilityOfChosen\n        agreesWithLive\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GiveTipFeedback($input: GiveTipFeedbackInput!) {\n    giveTipFeedback(input: $input) {\n      __typename\n      ... on GiveTipFeedbackSuccess {\n        tip {\n          id\n          status\n          snoozedUntil\n          decidedAt\n        }\n      }\n      ... on AlreadyDecidedError {\n        tipId\n        status\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation GiveTipFeedback($input: GiveTipFeedbackInput!) {\n    giveTipFeedback(input: $input) {\n      __typename\n      ... on GiveTipFeedbackSuccess {\n        tip {\n          id\n          status\n          snoozedUntil\n          decidedAt\n        }\n      }\n      ... on AlreadyDecidedError {\n        tipId\n        status\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CurrentTipFields on Tip {\n    id\n    kind\n    title\n    detail\n    entityType\n    entityId\n    status\n    policy\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment CurrentTipFields on Tip {\n    id\n    kind\n    title\n    detail\n    entityType\n    entityId\n    status\n    policy\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NextTip($workspaceId: ID!) {\n    nextTip(workspaceId: $workspaceId) {\n      ...CurrentTipFields\n    }\n  }\n',
): (typeof documents)['\n  query NextTip($workspaceId: ID!) {\n    nextTip(workspaceId: $workspaceId) {\n      ...CurrentTipFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestNextTip($input: RequestNextTipInput!) {\n    requestNextTip(input: $input) {\n      __typename\n      ... on RequestNextTipSuccess {\n        decision {\n          tip {\n            ...CurrentTipFields\n          }\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestNextTip($input: RequestNextTipInput!) {\n    requestNextTip(input: $input) {\n      __typename\n      ... on RequestNextTipSuccess {\n        decision {\n          tip {\n            ...CurrentTipFields\n          }\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription TipAdded($workspaceId: ID!) {\n    tipAdded(workspaceId: $workspaceId) {\n      id\n      title\n      status\n    }\n  }\n',
): (typeof documents)['\n  subscription TipAdded($workspaceId: ID!) {\n    tipAdded(workspaceId: $workspaceId) {\n      id\n      title\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TodayViewer {\n    me {\n      id\n    }\n  }\n',
): (typeof documents)['\n  query TodayViewer {\n    me {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TodayOpenActivities($workspaceId: ID!, $assigneeId: ID!) {\n    activities(\n      workspaceId: $workspaceId\n      filter: { assigneeId: $assigneeId, done: false }\n      orderBy: { field: DUE_AT, direction: ASC }\n      first: 100\n    ) {\n      edges {\n        node {\n          id\n          kind\n          title\n          dueAt\n          done\n          doneAt\n          overdue\n          entityType\n          entityId\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TodayOpenActivities($workspaceId: ID!, $assigneeId: ID!) {\n    activities(\n      workspaceId: $workspaceId\n      filter: { assigneeId: $assigneeId, done: false }\n      orderBy: { field: DUE_AT, direction: ASC }\n      first: 100\n    ) {\n      edges {\n        node {\n          id\n          kind\n          title\n          dueAt\n          done\n          doneAt\n          overdue\n          entityType\n          entityId\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddWorkflowTransition($input: AddWorkflowTransitionInput!) {\n    addWorkflowTransition(input: $input) {\n      __typename\n      ... on AddWorkflowTransitionSuccess {\n        transition {\n          id\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddWorkflowTransition($input: AddWorkflowTransitionInput!) {\n    addWorkflowTransition(input: $input) {\n      __typename\n      ... on AddWorkflowTransitionSuccess {\n        transition {\n          id\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateWorkflowDraft($input: CreateWorkflowDraftInput!) {\n    createWorkflowDraft(input: $input) {\n      __typename\n      ... on CreateWorkflowDraftSuccess {\n        version {\n          id\n          version\n          state\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateWorkflowDraft($input: CreateWorkflowDraftInput!) {\n    createWorkflowDraft(input: $input) {\n      __typename\n      ... on CreateWorkflowDraftSuccess {\n        version {\n          id\n          version\n          state\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishWorkflow($input: PublishWorkflowInput!) {\n    publishWorkflow(input: $input) {\n      __typename\n      ... on PublishWorkflowSuccess {\n        version {\n          id\n          version\n          state\n          publishedAt\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishWorkflow($input: PublishWorkflowInput!) {\n    publishWorkflow(input: $input) {\n      __typename\n      ... on PublishWorkflowSuccess {\n        version {\n          id\n          version\n          state\n          publishedAt\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveWorkflowTransition($input: RemoveWorkflowTransitionInput!) {\n    removeWorkflowTransition(input: $input) {\n      __typename\n      ... on RemoveWorkflowTransitionSuccess {\n        transition {\n          id\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveWorkflowTransition($input: RemoveWorkflowTransitionInput!) {\n    removeWorkflowTransition(input: $input) {\n      __typename\n      ... on RemoveWorkflowTransitionSuccess {\n        transition {\n          id\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateWorkflowStep($input: UpdateWorkflowStepInput!) {\n    updateWorkflowStep(input: $input) {\n      __typename\n      ... on UpdateWorkflowStepSuccess {\n        step {\n          ...WorkflowStepFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateWorkflowStep($input: UpdateWorkflowStepInput!) {\n    updateWorkflowStep(input: $input) {\n      __typename\n      ... on UpdateWorkflowStepSuccess {\n        step {\n          ...WorkflowStepFields\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WorkflowStepFields on WorkflowStep {\n    id\n    key\n    name\n    position\n    isInitial\n    isFinal\n    defaultProbability\n    expectedDwellDays\n    metadata\n    status {\n      id\n      name\n      category\n      color\n    }\n  }\n',
): (typeof documents)['\n  fragment WorkflowStepFields on WorkflowStep {\n    id\n    key\n    name\n    position\n    isInitial\n    isFinal\n    defaultProbability\n    expectedDwellDays\n    metadata\n    status {\n      id\n      name\n      category\n      color\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Workflow($id: ID!) {\n    workflow(id: $id) {\n      id\n      name\n      entityType\n      projectTypeName\n      versions {\n        id\n        version\n        state\n        publishedAt\n        steps {\n          ...WorkflowStepFields\n        }\n        transitions {\n          id\n          requiredFields\n          allowedRoles\n          fromStep {\n            id\n          }\n          toStep {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Workflow($id: ID!) {\n    workflow(id: $id) {\n      id\n      name\n      entityType\n      projectTypeName\n      versions {\n        id\n        version\n        state\n        publishedAt\n        steps {\n          ...WorkflowStepFields\n        }\n        transitions {\n          id\n          requiredFields\n          allowedRoles\n          fromStep {\n            id\n          }\n          toStep {\n            id\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Workflows($workspaceId: ID!) {\n    workflows(workspaceId: $workspaceId) {\n      id\n      name\n      entityType\n      projectTypeName\n      versions {\n        id\n        version\n        state\n        publishedAt\n        steps {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Workflows($workspaceId: ID!) {\n    workflows(workspaceId: $workspaceId) {\n      id\n      name\n      entityType\n      projectTypeName\n      versions {\n        id\n        version\n        state\n        publishedAt\n        steps {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddWorkspaceMember($input: AddWorkspaceMemberInput!) {\n    addWorkspaceMember(input: $input) {\n      __typename\n      ... on AddWorkspaceMemberSuccess {\n        member {\n          userId\n          email\n          role\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddWorkspaceMember($input: AddWorkspaceMemberInput!) {\n    addWorkspaceMember(input: $input) {\n      __typename\n      ... on AddWorkspaceMemberSuccess {\n        member {\n          userId\n          email\n          role\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      __typename\n      ... on CreateWorkspaceSuccess {\n        workspace {\n          id\n          name\n          slug\n          role\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      __typename\n      ... on CreateWorkspaceSuccess {\n        workspace {\n          id\n          name\n          slug\n          role\n        }\n      }\n      ...ApiErrorFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyWorkspaces {\n    me {\n      id\n      email\n      workspaces {\n        id\n        name\n        slug\n        role\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyWorkspaces {\n    me {\n      id\n      email\n      workspaces {\n        id\n        name\n        slug\n        role\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkspaceMembers {\n    me {\n      id\n      workspaces {\n        id\n        members {\n          userId\n          email\n          role\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkspaceMembers {\n    me {\n      id\n      workspaces {\n        id\n        members {\n          userId\n          email\n          role\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApiErrorFields on Error {\n    message\n    code\n    ... on ValidationError {\n      fieldErrors {\n        path\n        message\n      }\n    }\n    ... on NotFoundError {\n      entity\n    }\n  }\n',
): (typeof documents)['\n  fragment ApiErrorFields on Error {\n    message\n    code\n    ... on ValidationError {\n      fieldErrors {\n        path\n        message\n      }\n    }\n    ... on NotFoundError {\n      entity\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
